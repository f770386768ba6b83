#pragma once

#include "distribution.h"
#include "statementinfo.h"

#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dp {

/// Incremental counts of one session's answers per statement × round × group.
///
/// Keeps the last answer per (round, statement, pseudonym), so a changed answer is removed
/// from its old point and added to the new one in O(1); nothing is ever re-scanned.
class Aggregation
{
public:
    enum class Change { Added, Changed, Unchanged, Ignored };

    struct Cell
    {
        Distribution all;
        QHash<QString, Distribution> byGroup; ///< key "" = participants without a group
    };

    explicit Aggregation(const QString& sessionId = QString());

    /// Declares the statements (catalog order) whose answers are counted; clears all counts.
    void setStatements(const QList<StatementInfo>& statements);
    const QList<StatementInfo>& statements() const { return m_statements; }
    const StatementInfo* statement(const QString& statementId) const;

    /// Counts one arriving or changed answer. Answers of another session, unknown statements
    /// or out-of-range values are ignored, as is a replay of an older sequence from the same
    /// device.
    Change apply(const Rating& rating);
    /// Forgets the answer for this key; true if there was one.
    bool remove(int round, const QString& statementId, const QString& pseudonym);

    /// Assigns a participant to a group and moves their counted answers to it.
    /// Returns the (statement, round) cells whose group counts changed.
    QList<QPair<QString, int>> setParticipantGroup(
        const QString& pseudonym, const QString& groupId);
    QString groupOf(const QString& pseudonym) const { return m_groupOf.value(pseudonym); }

    Distribution distribution(const QString& statementId, int round) const;
    Distribution groupDistribution(
        const QString& statementId, int round, const QString& groupId) const;
    /// Group id -> distribution, for groups with at least one answer to this statement.
    QHash<QString, Distribution> groupDistributions(const QString& statementId, int round) const;
    /// Statements of a dimension pooled. Only statements with the same scale width as the
    /// dimension's first statement are pooled; `pooledStatements` tells how many.
    Distribution dimensionDistribution(const QString& dimensionId, int round,
        const QString* groupId = nullptr, int* pooledStatements = nullptr) const;
    QList<QString> statementsOf(const QString& dimensionId) const;
    QList<int> rounds() const;
    int answerCount() const { return static_cast<int>(m_answers.size()); }

private:
    struct AnswerKey
    {
        int round = 1;
        QString statementId;
        QString pseudonym;
        bool operator==(const AnswerKey& other) const = default;
    };
    struct StoredAnswer
    {
        int answer = 0;
        QString groupId;
        QString deviceId;
        qint64 sequence = 0;
    };
    struct CellKey
    {
        QString statementId;
        int round = 1;
        bool operator==(const CellKey& other) const = default;
    };
    friend size_t qHash(const AnswerKey& key, size_t seed)
    {
        return qHashMulti(seed, key.round, key.statementId, key.pseudonym);
    }
    friend size_t qHash(const CellKey& key, size_t seed)
    {
        return qHashMulti(seed, key.statementId, key.round);
    }

    void count(const CellKey& cell, const QString& groupId, int answer, int delta, int points);

    QString m_sessionId;
    QList<StatementInfo> m_statements;
    QHash<QString, int> m_statementIndex;
    QHash<AnswerKey, StoredAnswer> m_answers;
    QHash<QString, QList<AnswerKey>> m_keysOf; ///< pseudonym -> its answer keys, for group moves
    QHash<QString, QString> m_groupOf;
    QHash<CellKey, Cell> m_cells;
    QSet<int> m_rounds;
};

} // namespace dp
