#include "seriescomparisonmodel.h"

#include "storage/ratingstore.h"
#include "storage/seriesstore.h"
#include "storage/sessionlifecycle.h"

#include "suppression.h"

namespace dp {

SeriesComparisonModel::SeriesComparisonModel(Database& database, QObject* parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
}

void SeriesComparisonModel::setSeriesId(const QString& seriesId)
{
    if (seriesId == m_seriesId)
        return;
    m_seriesId = seriesId;
    emit seriesIdChanged();
    reload();
}

void SeriesComparisonModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(count() - 1));
}

void SeriesComparisonModel::reload()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    m_workshops.clear();
    m_thresholds.clear();
    m_seriesTitle.clear();

    SeriesStore series(m_database);
    const auto record = m_seriesId.isEmpty() ? std::nullopt : series.series(m_seriesId);
    if (record) {
        m_seriesTitle = record->title;
        const QList<SessionRecord> sessions = series.sessionsOfSeries(m_seriesId);
        const SeriesComparison comparison
            = compareSeries(series, RatingStore(m_database), m_seriesId);
        const SessionLifecycle lifecycle(m_database);
        for (int i = 0; i < sessions.size(); ++i) {
            const SessionRecord& session = sessions.at(i);
            const auto settings = lifecycle.settings(session.id);
            m_thresholds << qMax(
                settings ? settings->anonymityThreshold : GroupSuppression::DefaultThreshold,
                GroupSuppression::MinimumThreshold);
            m_workshops << QVariantMap { { QStringLiteral("number"), i + 1 },
                { QStringLiteral("sessionId"), session.id },
                { QStringLiteral("sessionTitle"), session.title },
                { QStringLiteral("date"), session.date.toString(Qt::ISODate) },
                { QStringLiteral("round"), comparison.rounds.value(i) } };
        }
        const Catalog& catalog = sessions.first().catalog;
        for (const StatementAcrossSeries& statement : comparison.statements) {
            Row row;
            row.statement = statement;
            if (const Dimension* dimension = catalog.dimension(statement.dimensionId))
                row.dimensionTitle = dimension->title;
            const Statement* own = catalog.statement(statement.statementId);
            const Scale* scale = own ? catalog.scaleFor(*own) : nullptr;
            row.points = scale ? scale->points : statement.workshops.first().distribution.points();
            for (int i = 0; i < statement.workshops.size(); ++i)
                row.shown << (statement.workshops.at(i).distribution.total()
                    >= m_thresholds.value(i, GroupSuppression::DefaultThreshold));
            // A shift may only be read off two pictures that are both shown.
            if (!row.shown.first() || !row.shown.last())
                row.statement.firstToLast.comparable = false;
            m_rows.append(row);
        }
    }
    endResetModel();
    emit loaded();
    if (count() != before)
        emit countChanged();
}

int SeriesComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SeriesComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case StatementIdRole:
        return row.statement.statementId;
    case DimensionIdRole:
        return row.statement.dimensionId;
    case DimensionTitleRole:
        return row.dimensionTitle.text(m_language);
    case TextRole:
    case Qt::DisplayRole:
        return row.statement.text.text(m_language);
    case PointsRole:
        return row.points;
    case WorkshopsRole: {
        QVariantList workshops;
        for (int i = 0; i < row.statement.workshops.size(); ++i) {
            const WorkshopFigures& figures = row.statement.workshops.at(i);
            const bool shown = row.shown.value(i);
            const Summary& s = figures.summary;
            QVariantList counts;
            if (shown) {
                for (int value : figures.distribution.counts())
                    counts << value;
            }
            const QVariantMap workshop = m_workshops.value(i).toMap();
            workshops << QVariantMap { { QStringLiteral("number"), i + 1 },
                { QStringLiteral("sessionTitle"), workshop.value(QStringLiteral("sessionTitle")) },
                { QStringLiteral("date"), workshop.value(QStringLiteral("date")) },
                { QStringLiteral("n"), figures.distribution.total() },
                { QStringLiteral("minimum"), m_thresholds.value(i) },
                { QStringLiteral("shown"), shown },
                { QStringLiteral("hasValues"), shown && s.hasValues },
                { QStringLiteral("median"), shown ? s.median : 0.0 },
                { QStringLiteral("q1"), shown ? s.lowerQuartile : 0.0 },
                { QStringLiteral("q3"), shown ? s.upperQuartile : 0.0 },
                { QStringLiteral("cannotJudgeShare"), shown ? s.cannotJudgeShare : 0.0 },
                { QStringLiteral("counts"), counts } };
        }
        return workshops;
    }
    case ComparableRole:
        return row.statement.firstToLast.comparable;
    case MedianShiftRole:
        return row.statement.firstToLast.comparable ? row.statement.firstToLast.medianShift : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeriesComparisonModel::roleNames() const
{
    return { { StatementIdRole, "statementId" }, { DimensionIdRole, "dimensionId" },
        { DimensionTitleRole, "dimensionTitle" }, { TextRole, "text" }, { PointsRole, "points" },
        { WorkshopsRole, "workshops" }, { ComparableRole, "comparable" },
        { MedianShiftRole, "medianShift" } };
}

} // namespace dp
