#include "overviewmodel.h"

#include "catalog/scale.h"
#include "ratingflow.h"

namespace dp {

OverviewModel::OverviewModel(RatingFlow& flow, QObject* parent)
    : QAbstractListModel(parent)
    , m_flow(flow)
{
    connect(&m_flow, &RatingFlow::sessionChanged, this, &OverviewModel::reset);
    connect(&m_flow, &RatingFlow::answerStateChanged, this, &OverviewModel::statementChanged);
    connect(&m_flow, &RatingFlow::positionChanged, this, &OverviewModel::positionChanged);
    connect(&m_flow, &RatingFlow::textsChanged, this, [this] {
        if (m_count > 0)
            emit dataChanged(index(0), index(m_count - 1),
                { DimensionTitleRole, TextRole, AnswerLabelRole, Qt::DisplayRole });
    });
    reset();
}

void OverviewModel::reset()
{
    const int oldCount = m_count;
    beginResetModel();
    m_count = m_flow.isActive() ? m_flow.count() : 0;
    m_currentRow = m_flow.isActive() ? m_flow.index() : -1;
    endResetModel();
    if (oldCount != m_count)
        emit countChanged();
    emit answeredCountChanged();
}

void OverviewModel::statementChanged(const QString& statementId)
{
    const int row = rowOf(statementId);
    if (row < 0)
        return;
    emit dataChanged(index(row), index(row));
    emit answeredCountChanged();
}

void OverviewModel::positionChanged()
{
    const int oldRow = m_currentRow;
    m_currentRow = m_flow.isActive() ? m_flow.index() : -1;
    if (oldRow == m_currentRow)
        return;
    if (oldRow >= 0 && oldRow < m_count)
        emit dataChanged(index(oldRow), index(oldRow), { CurrentRole });
    if (m_currentRow >= 0 && m_currentRow < m_count)
        emit dataChanged(index(m_currentRow), index(m_currentRow), { CurrentRole });
}

int OverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OverviewModel::answeredCount() const
{
    return m_count > 0 ? m_flow.answeredCount() : 0;
}

QVariant OverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Statement& statement = m_flow.statements().at(index.row());
    const std::optional<int> answer = m_flow.answerFor(statement.id);
    switch (role) {
    case StatementIdRole:
        return statement.id;
    case NumberRole:
        return index.row() + 1;
    case DimensionIdRole:
        return statement.dimensionId;
    case DimensionTitleRole:
        return m_flow.dimensionTitleOf(statement);
    case Qt::DisplayRole:
    case TextRole:
        return statement.text.text(m_flow.language());
    case AnsweredRole:
        return answer.has_value();
    case AnswerRole:
        return answer.value_or(-1);
    case AnswerLabelRole:
        return m_flow.answerLabelFor(statement.id);
    case CannotJudgeRole:
        return answer == CannotJudgeAnswer;
    case AcknowledgedRole:
        return answer.has_value() && m_flow.isAcknowledged(statement.id);
    case CurrentRole:
        return index.row() == m_currentRow;
    case OpenRole:
        return m_flow.isOpen(statement.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    return {
        { StatementIdRole, "statementId" },
        { NumberRole, "number" },
        { DimensionIdRole, "dimensionId" },
        { DimensionTitleRole, "dimensionTitle" },
        { TextRole, "statementText" },
        { AnsweredRole, "answered" },
        { AnswerRole, "answer" },
        { AnswerLabelRole, "answerLabel" },
        { CannotJudgeRole, "isCannotJudge" },
        { AcknowledgedRole, "acknowledged" },
        { CurrentRole, "current" },
        { OpenRole, "open" },
    };
}

bool OverviewModel::open(int row)
{
    return m_flow.goTo(row);
}

int OverviewModel::rowOf(const QString& statementId) const
{
    if (m_count == 0)
        return -1;
    const QList<Statement>& statements = m_flow.statements();
    for (int i = 0; i < statements.size(); ++i) {
        if (statements.at(i).id == statementId)
            return i;
    }
    return -1;
}

} // namespace dp
