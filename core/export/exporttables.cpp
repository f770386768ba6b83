#include "exporttables.h"

#include "exportdata.h"

#include <algorithm>

namespace dp {

namespace {

struct Column
{
    const char* key;
    const char* german;
    const char* english;
};

void addColumns(ExportTable& table, std::initializer_list<Column> columns, bool german)
{
    for (const Column& column : columns) {
        table.keys.append(QLatin1String(column.key));
        table.headers.append(QString::fromUtf8(german ? column.german : column.english));
    }
}

QVariant optional(bool present, double value)
{
    return present ? QVariant(value) : QVariant();
}

QString seriesKind(SeriesFigures::Kind kind)
{
    switch (kind) {
    case SeriesFigures::Kind::Total:
        return QStringLiteral("total");
    case SeriesFigures::Kind::Group:
        return QStringLiteral("group");
    case SeriesFigures::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace

ExportTable answersTable(const ExportData& data)
{
    ExportTable table;
    const bool german = data.language == QLatin1String("de");
    addColumns(table,
        { { "session_id", "Sitzung-ID", "session id" }, { "session_title", "Sitzung", "session" },
            { "round", "Runde", "round" }, { "dimension_id", "Dimension-ID", "dimension id" },
            { "dimension", "Dimension", "dimension" },
            { "statement_id", "Aussage-ID", "statement id" },
            { "statement", "Aussage", "statement" }, { "pseudonym", "Pseudonym", "pseudonym" },
            { "group_id", "Gruppen-ID", "group id" }, { "group", "Gruppe", "group" },
            { "answer", "Antwort", "answer" }, { "answer_label", "Antworttext", "answer label" },
            { "cannot_judge", "kann ich nicht einschätzen", "cannot judge" } },
        german);
    for (const AnswerRow& a : data.answers) {
        table.rows.append({ data.session.id, data.session.title, a.round, a.dimensionId,
            a.dimensionTitle, a.statementId, a.statementText, a.pseudonym, a.groupId, a.groupName,
            a.cannotJudge ? QVariant() : QVariant(a.answer), a.answerLabel,
            a.cannotJudge ? 1 : 0 });
    }
    return table;
}

ExportTable figuresTable(const ExportData& data)
{
    ExportTable table;
    const bool german = data.language == QLatin1String("de");
    addColumns(table,
        { { "session_id", "Sitzung-ID", "session id" }, { "round", "Runde", "round" },
            { "dimension_id", "Dimension-ID", "dimension id" },
            { "dimension", "Dimension", "dimension" },
            { "statement_id", "Aussage-ID", "statement id" },
            { "statement", "Aussage", "statement" }, { "series", "Reihe", "series" },
            { "group_id", "Gruppen-ID", "group id" }, { "group", "Gruppe", "group" },
            { "n", "n", "n" }, { "answered", "auf der Skala", "answered" } },
        german);
    int maxPoints = 0;
    for (const ExportedStatement& f : data.figures)
        maxPoints = std::max(maxPoints, f.info.points);
    for (int point = 1; point <= maxPoints; ++point) {
        table.keys.append(QStringLiteral("count_%1").arg(point));
        table.headers.append(
            (german ? QStringLiteral("Anzahl %1") : QStringLiteral("count %1")).arg(point));
    }
    addColumns(table,
        { { "cannot_judge", "kann ich nicht einschätzen", "cannot judge" },
            { "cannot_judge_share", "Anteil kann ich nicht einschätzen", "cannot judge share" },
            { "median", "Median", "median" }, { "q1", "unteres Quartil", "lower quartile" },
            { "q3", "oberes Quartil", "upper quartile" }, { "consensus", "Konsens", "consensus" } },
        german);

    for (const ExportedStatement& f : data.figures) {
        QList<const SeriesFigures*> all { &f.total };
        for (const SeriesFigures& group : f.groups)
            all.append(&group);
        for (const SeriesFigures* s : all) {
            QVariantList row { data.session.id, f.round, f.info.dimensionId, f.dimensionTitle,
                f.info.id, f.text, seriesKind(s->kind), s->groupId, s->groupName, s->summary.total,
                s->summary.answered };
            for (int point = 1; point <= maxPoints; ++point)
                row.append(
                    point <= f.info.points ? QVariant(s->distribution.count(point)) : QVariant());
            const Summary& m = s->summary;
            row << m.cannotJudge << optional(m.total > 0, m.cannotJudgeShare)
                << optional(m.hasValues, m.median) << optional(m.hasValues, m.lowerQuartile)
                << optional(m.hasValues, m.upperQuartile) << optional(m.hasValues, m.consensus);
            table.rows.append(row);
        }
    }
    return table;
}

} // namespace dp
