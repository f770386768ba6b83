#include "workshoplistmodel.h"

namespace dp {

WorkshopListModel::WorkshopListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int WorkshopListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WorkshopListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkshopRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case SessionIdRole:
        return row.sessionId;
    case DateRole:
        return row.date.toString(Qt::ISODate);
    case DateTextRole:
        return row.date.toString(QStringLiteral("dd.MM.yyyy"));
    case CatalogTitleRole:
        return row.catalogTitle;
    case DimensionTitlesRole:
        return row.dimensionTitles;
    case DimensionCountRole:
        return int(row.dimensionTitles.size());
    case GroupNamesRole:
        return row.groupNames;
    case ParticipantCountRole:
        return row.participantCount;
    case AnswerCountRole:
        return row.answerCount;
    case SeriesIdRole:
        return row.seriesId;
    case SeriesTitleRole:
        return row.seriesTitle;
    case SeriesPositionRole:
        return row.seriesPosition;
    case ArchivedRole:
        return row.archived;
    case AnonymityThresholdRole:
        return row.anonymityThreshold;
    case StartedRole:
        return row.started;
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkshopListModel::roleNames() const
{
    return { { SessionIdRole, "sessionId" }, { TitleRole, "title" }, { DateRole, "date" },
        { DateTextRole, "dateText" }, { CatalogTitleRole, "catalogTitle" },
        { DimensionTitlesRole, "dimensionTitles" }, { DimensionCountRole, "dimensionCount" },
        { GroupNamesRole, "groupNames" }, { ParticipantCountRole, "participantCount" },
        { AnswerCountRole, "answerCount" }, { SeriesIdRole, "seriesId" },
        { SeriesTitleRole, "seriesTitle" }, { SeriesPositionRole, "seriesPosition" },
        { ArchivedRole, "archived" }, { AnonymityThresholdRole, "anonymityThreshold" },
        { StartedRole, "started" } };
}

void WorkshopListModel::setRows(const QList<WorkshopRow>& rows)
{
    if (rows == m_rows)
        return;
    const bool countChanges = rows.size() != m_rows.size();
    // Lists are a handful of workshops; a reset keeps the update simple and correct.
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int WorkshopListModel::indexOf(const QString& sessionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sessionId == sessionId)
            return int(i);
    }
    return -1;
}

} // namespace dp
