#include "disagreementmodel.h"

#include "liveaggregator.h"

#include <algorithm>

namespace dp {

DisagreementModel::DisagreementModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void DisagreementModel::setSource(LiveAggregator* source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &LiveAggregator::changed, this, &DisagreementModel::updateStatement);
        connect(m_source, &LiveAggregator::reset, this, &DisagreementModel::rebuild);
    }
    rebuild();
    emit sourceChanged();
}

void DisagreementModel::setRound(int round)
{
    if (m_round == round)
        return;
    m_round = round;
    emit roundChanged();
    rebuild();
}

void DisagreementModel::setLanguage(const QString& language)
{
    if (m_language == language)
        return;
    m_language = language;
    emit languageChanged();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(count() - 1), { TextRole });
}

void DisagreementModel::setHideUntilRevealed(bool hide)
{
    if (m_hideUntilRevealed == hide)
        return;
    m_hideUntilRevealed = hide;
    emit visibilityChanged();
    rebuild();
}

void DisagreementModel::setRevealedStatements(const QStringList& statementIds)
{
    if (m_revealed == statementIds)
        return;
    m_revealed = statementIds;
    emit visibilityChanged();
    if (m_hideUntilRevealed)
        rebuild();
}

void DisagreementModel::rebuild()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    if (m_source) {
        const QList<StatementInfo>& statements = m_source->aggregation().statements();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const StatementInfo& info = statements.at(i);
            if (m_hideUntilRevealed && !m_revealed.contains(info.id))
                continue;
            m_rows.append({ info, static_cast<int>(i), m_source->summary(info.id, m_round) });
        }
    }
    applySort();
    endResetModel();
    if (before != count())
        emit countChanged();
}

void DisagreementModel::updateStatement(const QString& statementId, int round)
{
    if (round != m_round || !m_source)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.id == statementId) {
            m_rows[i].summary = m_source->summary(statementId, round);
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed);
            return;
        }
    }
}

void DisagreementModel::sort(SortKey key)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> ids;
    for (const QModelIndex& index : before)
        ids.append(m_rows.at(index.row()).info.id);
    const bool keyChanged = m_sortKey != key;
    m_sortKey = key;
    applySort();
    QModelIndexList after;
    for (const QString& id : ids) {
        const auto it = std::find_if(
            m_rows.cbegin(), m_rows.cend(), [&id](const Row& row) { return row.info.id == id; });
        after.append(index(static_cast<int>(it - m_rows.cbegin())));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (keyChanged)
        emit sortKeyChanged();
}

void DisagreementModel::applySort()
{
    const auto value = [this](const Row& row) {
        switch (m_sortKey) {
        case SortKey::Dispersion:
            return row.summary.dispersion();
        case SortKey::CannotJudgeShare:
            return row.summary.cannotJudgeShare;
        case SortKey::CatalogOrder:
            break;
        }
        return 0.0;
    };
    const bool needsValues = m_sortKey == SortKey::Dispersion;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
        const bool aEmpty = needsValues ? !a.summary.hasValues : a.summary.total == 0;
        const bool bEmpty = needsValues ? !b.summary.hasValues : b.summary.total == 0;
        if (m_sortKey != SortKey::CatalogOrder && aEmpty != bEmpty)
            return bEmpty;
        if (value(a) != value(b))
            return value(a) > value(b);
        return a.catalogIndex < b.catalogIndex;
    });
}

int DisagreementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DisagreementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Summary& s = row.summary;
    switch (role) {
    case StatementIdRole:
        return row.info.id;
    case DimensionIdRole:
        return row.info.dimensionId;
    case Qt::DisplayRole:
    case TextRole:
        return row.info.text.text(m_language);
    case TotalRole:
        return s.total;
    case AnsweredRole:
        return s.answered;
    case CannotJudgeRole:
        return s.cannotJudge;
    case CannotJudgeShareRole:
        return s.cannotJudgeShare;
    case HasValuesRole:
        return s.hasValues;
    case MedianRole:
        return s.median;
    case ConsensusRole:
        return s.consensus;
    case DispersionRole:
        return s.dispersion();
    }
    return {};
}

QHash<int, QByteArray> DisagreementModel::roleNames() const
{
    return { { StatementIdRole, "statementId" }, { DimensionIdRole, "dimensionId" },
        { TextRole, "text" }, { TotalRole, "total" }, { AnsweredRole, "answered" },
        { CannotJudgeRole, "cannotJudge" }, { CannotJudgeShareRole, "cannotJudgeShare" },
        { HasValuesRole, "hasValues" }, { MedianRole, "median" }, { ConsensusRole, "consensus" },
        { DispersionRole, "dispersion" } };
}

} // namespace dp
