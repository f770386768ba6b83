#pragma once

#include <QAbstractListModel>

namespace dp {

class RatingFlow;

/// All statements of the running flow with what the participant answered, for the overview.
class OverviewModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answeredCountChanged)

public:
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        NumberRole, ///< 1-based position in the flow
        DimensionIdRole,
        DimensionTitleRole,
        TextRole,
        AnsweredRole,
        AnswerRole, ///< stored value, -1 when unanswered
        AnswerLabelRole,
        CannotJudgeRole,
        AcknowledgedRole, ///< the moderator confirmed receipt; otherwise only saved locally
        CurrentRole,
        OpenRole, ///< the moderator keeps the statement open for rating
    };
    Q_ENUM(Role)

    explicit OverviewModel(RatingFlow& flow, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int answeredCount() const;

    /// Jumps the flow to this row's statement so the answer can be changed.
    Q_INVOKABLE bool open(int row);
    /// Row of a statement, -1 if unknown (for tests and deep links).
    Q_INVOKABLE int rowOf(const QString& statementId) const;

signals:
    void countChanged();
    void answeredCountChanged();

private:
    void reset();
    void statementChanged(const QString& statementId);
    void positionChanged();

    RatingFlow& m_flow;
    int m_count = 0;
    int m_currentRow = -1;
};

} // namespace dp
