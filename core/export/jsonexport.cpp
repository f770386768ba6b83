#include "jsonexport.h"

#include "exportdata.h"
#include "exportfile.h"
#include "exporttables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dp {

namespace {

QJsonValue figure(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject seriesJson(const SeriesFigures& s)
{
    static const char* const kinds[] = { "total", "group", "other" };
    QJsonArray counts;
    for (int count : s.distribution.counts())
        counts.append(count);
    const Summary& m = s.summary;
    return { { QStringLiteral("series"), QLatin1String(kinds[static_cast<int>(s.kind)]) },
        { QStringLiteral("groupId"), s.groupId }, { QStringLiteral("group"), s.groupName },
        { QStringLiteral("n"), m.total }, { QStringLiteral("answered"), m.answered },
        { QStringLiteral("counts"), counts }, { QStringLiteral("cannotJudge"), m.cannotJudge },
        { QStringLiteral("cannotJudgeShare"), figure(m.total > 0, m.cannotJudgeShare) },
        { QStringLiteral("median"), figure(m.hasValues, m.median) },
        { QStringLiteral("q1"), figure(m.hasValues, m.lowerQuartile) },
        { QStringLiteral("q3"), figure(m.hasValues, m.upperQuartile) },
        { QStringLiteral("consensus"), figure(m.hasValues, m.consensus) } };
}

} // namespace

QByteArray toJsonExport(const ExportData& data)
{
    const ExportTable answers = answersTable(data);
    QJsonArray answerArray;
    for (const QVariantList& row : answers.rows) {
        QJsonObject object;
        for (int i = 0; i < answers.keys.size(); ++i)
            object.insert(answers.keys.at(i), QJsonValue::fromVariant(row.at(i)));
        answerArray.append(object);
    }

    QJsonArray figureArray;
    for (const ExportedStatement& f : data.figures) {
        QJsonArray groups;
        for (const SeriesFigures& s : f.groups)
            groups.append(seriesJson(s));
        figureArray.append(QJsonObject { { QStringLiteral("round"), f.round },
            { QStringLiteral("dimensionId"), f.info.dimensionId },
            { QStringLiteral("dimension"), f.dimensionTitle },
            { QStringLiteral("statementId"), f.info.id }, { QStringLiteral("statement"), f.text },
            { QStringLiteral("points"), f.info.points },
            { QStringLiteral("total"), seriesJson(f.total) },
            { QStringLiteral("groups"), groups } });
    }

    QJsonArray rounds;
    for (int round : data.rounds)
        rounds.append(round);
    const QJsonObject session { { QStringLiteral("id"), data.session.id },
        { QStringLiteral("title"), data.session.title },
        { QStringLiteral("date"), data.session.date.toString(Qt::ISODate) },
        { QStringLiteral("catalogId"), data.session.catalog.id },
        { QStringLiteral("catalogVersion"), data.session.catalog.version },
        { QStringLiteral("rounds"), rounds } };
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("dialogpunkte-export") },
        { QStringLiteral("formatVersion"), 1 }, { QStringLiteral("language"), data.language },
        { QStringLiteral("minimumGroupSize"), data.minimumGroupSize },
        { QStringLiteral("session"), session }, { QStringLiteral("answers"), answerArray },
        { QStringLiteral("figures"), figureArray } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writeJsonExport(const ExportData& data, const QString& path, QString* error)
{
    return writeFileAtomically(path, toJsonExport(data), error);
}

} // namespace dp
