#include "catalog.h"
#include "cataloglimits.h"

#include "catalogmessages.h"
#include "jsonfields.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

// Reading and validating catalog documents; writing and lookups live in catalog.cpp.
namespace dp {

using namespace catalogjson;

namespace {

// Turns a byte offset into "line L, column C" so authors can find the spot in an editor.
QString describeOffset(const QByteArray& json, int offset)
{
    const QByteArray head = json.left(offset);
    const int line = head.count('\n') + 1;
    const int column = offset - (head.lastIndexOf('\n') + 1) + 1;
    return CatalogMessages::tr("line %1, column %2").arg(line).arg(column);
}

bool readArray(const QJsonObject& object, const QString& key, const QString& path, QJsonArray* out,
    QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *error = at(path, CatalogMessages::tr("\"%1\" is missing").arg(key));
        return false;
    }
    if (!value.isArray()) {
        *error = at(path, CatalogMessages::tr("\"%1\" must be an array").arg(key));
        return false;
    }
    *out = value.toArray();
    if (out->isEmpty()) {
        *error = at(path, CatalogMessages::tr("\"%1\" must not be empty").arg(key));
        return false;
    }
    return true;
}

bool readHeader(const QJsonObject& root, QString* error)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isString() || format.toString() != QLatin1String(Catalog::FormatMarker)) {
        *error = format.isUndefined()
            ? CatalogMessages::tr("not a Dialogpunkte catalog: \"format\" is missing")
            : CatalogMessages::tr("not a Dialogpunkte catalog: \"format\" must be \"%1\"")
                  .arg(QLatin1String(Catalog::FormatMarker));
        return false;
    }
    int version = 0;
    if (!readInt(root, QStringLiteral("formatVersion"), QString(), true, &version, error))
        return false;
    if (version > Catalog::FormatVersion) {
        *error
            = CatalogMessages::tr("\"formatVersion\" %1 is newer than this app understands (%2); "
                                  "please update Dialogpunkte")
                  .arg(version)
                  .arg(Catalog::FormatVersion);
        return false;
    }
    if (version < 1) {
        *error = CatalogMessages::tr("\"formatVersion\" must be at least 1 (got %1)").arg(version);
        return false;
    }
    return true;
}

bool readLanguages(const QJsonObject& root, QStringList* out, QString* error)
{
    const QJsonValue value = root.value(QStringLiteral("languages"));
    if (value.isUndefined() || value.isNull()) {
        *out = { QStringLiteral("de") };
        return true;
    }
    if (!value.isArray() || value.toArray().isEmpty()) {
        *error = CatalogMessages::tr(
            "\"languages\" must be a non-empty array such as [\"de\", \"en\"]");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString language = array.at(i).toString();
        if (!array.at(i).isString() || !isValidLanguage(language)) {
            *error = at(indexed(QString(), QStringLiteral("languages"), i),
                CatalogMessages::tr("not a language code (expected e.g. \"de\")"));
            return false;
        }
        if (out->contains(language)) {
            *error = at(indexed(QString(), QStringLiteral("languages"), i),
                CatalogMessages::tr("\"%1\" is listed twice").arg(language));
            return false;
        }
        out->append(language);
    }
    return true;
}

bool readScales(const QJsonObject& root, QList<Scale>* out, QString* error)
{
    QJsonArray array;
    if (!readArray(root, QStringLiteral("scales"), QString(), &array, error))
        return false;
    QHash<QString, QString> firstSeen;
    for (int i = 0; i < array.size(); ++i) {
        const QString path = indexed(QString(), QStringLiteral("scales"), i);
        if (!array.at(i).isObject()) {
            *error = at(path, CatalogMessages::tr("must be an object"));
            return false;
        }
        QString problem;
        const Scale scale = Scale::fromJson(array.at(i).toObject(), &problem, path);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (firstSeen.contains(scale.id)) {
            *error = at(path,
                CatalogMessages::tr("duplicate scale id \"%1\" (first used at %2)")
                    .arg(scale.id, firstSeen.value(scale.id)));
            return false;
        }
        firstSeen.insert(scale.id, path);
        out->append(scale);
    }
    return true;
}

bool readStatement(const QJsonValue& value, const QString& path, const Catalog& catalog,
    Statement* out, QString* error)
{
    if (!value.isObject()) {
        *error = at(path, CatalogMessages::tr("must be an object"));
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!readId(object, QStringLiteral("id"), path, true, &out->id, error)
        || !readText(object, QStringLiteral("text"), path, true, &out->text, error)
        || !readText(object, QStringLiteral("help"), path, false, &out->help, error)
        || !readId(object, QStringLiteral("scale"), path, false, &out->scaleId, error))
        return false;
    if (!out->scaleId.isEmpty() && !catalog.scale(out->scaleId)) {
        *error = at(path,
            CatalogMessages::tr("\"scale\" refers to unknown scale \"%1\"").arg(out->scaleId));
        return false;
    }
    return true;
}

bool readDimensions(const QJsonObject& root, Catalog* catalog, QString* error)
{
    QJsonArray array;
    if (!readArray(root, QStringLiteral("dimensions"), QString(), &array, error))
        return false;
    QHash<QString, QString> dimensionSeen;
    QHash<QString, QString> statementSeen;
    for (int i = 0; i < array.size(); ++i) {
        const QString path = indexed(QString(), QStringLiteral("dimensions"), i);
        if (!array.at(i).isObject()) {
            *error = at(path, CatalogMessages::tr("must be an object"));
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        Dimension dimension;
        QJsonArray statements;
        if (!readId(object, QStringLiteral("id"), path, true, &dimension.id, error)
            || !readText(object, QStringLiteral("title"), path, true, &dimension.title, error)
            || !readText(
                object, QStringLiteral("description"), path, false, &dimension.description, error)
            || !readArray(object, QStringLiteral("statements"), path, &statements, error))
            return false;
        if (dimensionSeen.contains(dimension.id)) {
            *error = at(path,
                CatalogMessages::tr("duplicate dimension id \"%1\" (first used at %2)")
                    .arg(dimension.id, dimensionSeen.value(dimension.id)));
            return false;
        }
        dimensionSeen.insert(dimension.id, path);

        if (statementSeen.size() + statements.size() > MaxCatalogStatements) {
            *error = at(path,
                CatalogMessages::tr("a catalog may hold at most %1 statements; this dimension "
                                    "brings it to %2")
                    .arg(MaxCatalogStatements)
                    .arg(statementSeen.size() + statements.size()));
            return false;
        }
        for (int j = 0; j < statements.size(); ++j) {
            const QString statementPath = indexed(path, QStringLiteral("statements"), j);
            Statement statement;
            statement.dimensionId = dimension.id;
            if (!readStatement(statements.at(j), statementPath, *catalog, &statement, error))
                return false;
            // Ratings are keyed by statement id alone, so ids are unique across dimensions.
            if (statementSeen.contains(statement.id)) {
                *error = at(statementPath,
                    CatalogMessages::tr("duplicate statement id \"%1\" (first used at %2)")
                        .arg(statement.id, statementSeen.value(statement.id)));
                return false;
            }
            statementSeen.insert(statement.id, statementPath);
            dimension.statements.append(statement);
        }
        catalog->dimensions.append(dimension);
    }
    return true;
}

Catalog::ParseResult failure(const QString& error)
{
    Catalog::ParseResult result;
    result.error = error;
    return result;
}

} // namespace

Catalog::ParseResult Catalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(CatalogMessages::tr("not valid JSON: %1 at %2")
                           .arg(parseError.errorString(), describeOffset(json, parseError.offset)));
    if (!document.isObject())
        return failure(
            CatalogMessages::tr("not a Dialogpunkte catalog: the document is not a JSON object"));

    const QJsonObject root = document.object();
    QString error;
    if (!readHeader(root, &error))
        return failure(error);

    Catalog catalog;
    if (!readId(root, QStringLiteral("id"), QString(), true, &catalog.id, &error)
        || !readString(root, QStringLiteral("version"), QString(), false, &catalog.version, &error)
        || !readText(root, QStringLiteral("title"), QString(), true, &catalog.title, &error)
        || !readText(
            root, QStringLiteral("description"), QString(), false, &catalog.description, &error)
        || !readLanguages(root, &catalog.languages, &error)
        || !readScales(root, &catalog.scales, &error))
        return failure(error);

    if (!readId(root, QStringLiteral("defaultScale"), QString(), false, &catalog.defaultScaleId,
            &error))
        return failure(error);
    if (catalog.defaultScaleId.isEmpty())
        catalog.defaultScaleId = catalog.scales.first().id;
    else if (!catalog.scale(catalog.defaultScaleId))
        return failure(CatalogMessages::tr("\"defaultScale\" refers to unknown scale \"%1\"")
                           .arg(catalog.defaultScaleId));

    if (!readDimensions(root, &catalog, &error))
        return failure(error);

    ParseResult result;
    result.catalog = catalog;
    return result;
}

Catalog::ParseResult Catalog::fromFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return failure(CatalogMessages::tr("catalog file \"%1\" does not exist").arg(name));
    if (file.size() > MaxFileSize)
        return failure(
            CatalogMessages::tr("catalog file \"%1\" is too large (%2 bytes; the limit is "
                                "%3 MB)")
                .arg(name)
                .arg(file.size())
                .arg(MaxFileSize / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return failure(CatalogMessages::tr("cannot read catalog file \"%1\": %2")
                           .arg(name, file.errorString()));
    // Read one byte past the cap: size() can be 0 or stale for pipes and growing files.
    const QByteArray json = file.read(MaxFileSize + 1);
    if (json.size() > MaxFileSize)
        return failure(CatalogMessages::tr("catalog file \"%1\" is too large (the limit is %2 MB)")
                           .arg(name)
                           .arg(MaxFileSize / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return failure(CatalogMessages::tr("cannot read catalog file \"%1\": %2")
                           .arg(name, file.errorString()));

    ParseResult result = fromJson(json);
    if (!result.ok())
        result.error = CatalogMessages::tr("catalog file \"%1\": %2").arg(name, result.error);
    return result;
}

} // namespace dp
