#include "catalog.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dp {

using namespace catalogjson;

namespace {

void collectMissing(
    const LocalizedText& text, const QString& path, const QStringList& languages, QStringList* out)
{
    if (text.isEmpty())
        return; // optional fields that are absent need no translation
    for (const QString& language : languages) {
        if (!text.has(language))
            out->append(QStringLiteral("%1 (%2)").arg(path, language));
    }
}

} // namespace

QJsonObject Catalog::toJsonObject() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(FormatMarker));
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("id"), id);
    if (!version.isEmpty())
        root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("title"), title.toJson());
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description.toJson());
    root.insert(QStringLiteral("languages"), QJsonArray::fromStringList(languages));
    if (!defaultScaleId.isEmpty())
        root.insert(QStringLiteral("defaultScale"), defaultScaleId);

    QJsonArray scaleArray;
    for (const Scale& s : scales)
        scaleArray.append(s.toJson());
    root.insert(QStringLiteral("scales"), scaleArray);

    QJsonArray dimensionArray;
    for (const Dimension& d : dimensions) {
        QJsonObject dimensionObject;
        dimensionObject.insert(QStringLiteral("id"), d.id);
        dimensionObject.insert(QStringLiteral("title"), d.title.toJson());
        if (!d.description.isEmpty())
            dimensionObject.insert(QStringLiteral("description"), d.description.toJson());
        QJsonArray statementArray;
        for (const Statement& st : d.statements) {
            QJsonObject statementObject;
            statementObject.insert(QStringLiteral("id"), st.id);
            statementObject.insert(QStringLiteral("text"), st.text.toJson());
            if (!st.help.isEmpty())
                statementObject.insert(QStringLiteral("help"), st.help.toJson());
            if (!st.scaleId.isEmpty())
                statementObject.insert(QStringLiteral("scale"), st.scaleId);
            statementArray.append(statementObject);
        }
        dimensionObject.insert(QStringLiteral("statements"), statementArray);
        dimensionArray.append(dimensionObject);
    }
    root.insert(QStringLiteral("dimensions"), dimensionArray);
    return root;
}

QByteArray Catalog::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

const Scale* Catalog::scale(const QString& scaleId) const
{
    for (const Scale& s : scales) {
        if (s.id == scaleId)
            return &s;
    }
    return nullptr;
}

const Scale* Catalog::scaleFor(const Statement& statement) const
{
    return scale(statement.scaleId.isEmpty() ? defaultScaleId : statement.scaleId);
}

const Statement* Catalog::statement(const QString& statementId) const
{
    for (const Dimension& d : dimensions) {
        for (const Statement& s : d.statements) {
            if (s.id == statementId)
                return &s;
        }
    }
    return nullptr;
}

const Dimension* Catalog::dimension(const QString& dimensionId) const
{
    for (const Dimension& d : dimensions) {
        if (d.id == dimensionId)
            return &d;
    }
    return nullptr;
}

QList<Statement> Catalog::allStatements() const
{
    QList<Statement> result;
    for (const Dimension& d : dimensions)
        result.append(d.statements);
    return result;
}

int Catalog::statementCount() const
{
    int count = 0;
    for (const Dimension& d : dimensions)
        count += d.statements.size();
    return count;
}

QStringList Catalog::missingTranslations() const
{
    QStringList missing;
    collectMissing(title, QStringLiteral("title"), languages, &missing);
    collectMissing(description, QStringLiteral("description"), languages, &missing);
    for (int i = 0; i < scales.size(); ++i) {
        const Scale& s = scales.at(i);
        const QString path = indexed(QString(), QStringLiteral("scales"), i);
        for (int j = 0; j < s.labels.size(); ++j)
            collectMissing(
                s.labels.at(j), indexed(path, QStringLiteral("labels"), j), languages, &missing);
        collectMissing(s.leftPole, child(path, QStringLiteral("leftPole")), languages, &missing);
        collectMissing(s.rightPole, child(path, QStringLiteral("rightPole")), languages, &missing);
        collectMissing(s.cannotJudgeLabel, child(path, QStringLiteral("cannotJudgeLabel")),
            languages, &missing);
    }
    for (int i = 0; i < dimensions.size(); ++i) {
        const Dimension& d = dimensions.at(i);
        const QString path = indexed(QString(), QStringLiteral("dimensions"), i);
        collectMissing(d.title, child(path, QStringLiteral("title")), languages, &missing);
        collectMissing(
            d.description, child(path, QStringLiteral("description")), languages, &missing);
        for (int j = 0; j < d.statements.size(); ++j) {
            const Statement& st = d.statements.at(j);
            const QString statementPath = indexed(path, QStringLiteral("statements"), j);
            collectMissing(
                st.text, child(statementPath, QStringLiteral("text")), languages, &missing);
            collectMissing(
                st.help, child(statementPath, QStringLiteral("help")), languages, &missing);
        }
    }
    return missing;
}

} // namespace dp
