#include "restoreoffermodel.h"

namespace dp {

RestoreOfferModel::RestoreOfferModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int RestoreOfferModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RestoreOfferModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RestoreCandidate& candidate = m_candidates.at(index.row());
    switch (role) {
    case SessionIdRole:
        return candidate.sessionId;
    case Qt::DisplayRole:
    case TitleRole:
        return candidate.title;
    case DateRole:
        return candidate.date.toString(Qt::ISODate);
    case DateTextRole:
        return candidate.date.toString(QStringLiteral("dd.MM.yyyy"));
    case AnswersRole:
        return candidate.answers;
    case TabletsRole:
        return candidate.tablets;
    default:
        return {};
    }
}

QHash<int, QByteArray> RestoreOfferModel::roleNames() const
{
    return { { SessionIdRole, "sessionId" }, { TitleRole, "title" }, { DateRole, "date" },
        { DateTextRole, "dateText" }, { AnswersRole, "answers" }, { TabletsRole, "tablets" } };
}

void RestoreOfferModel::setCandidates(const QList<RestoreCandidate>& candidates)
{
    if (candidates == m_candidates)
        return;
    const bool countChanges = candidates.size() != m_candidates.size();
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

} // namespace dp
