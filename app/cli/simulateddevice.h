#pragma once

#include "session/answerservice.h"
#include "storage/database.h"
#include "sync/syncclient.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

namespace dp::cli {

class AnswerLog;

/// How simulated people answer: pace, share of "cannot judge", share of answers changed later.
struct SimulationPlan
{
    int paceMs = 50; ///< mean pause between two answers
    int cannotJudgePercent = 10;
    int changePercent = 15;
    /// People answering on this tablet (more than one: a shared tablet, e.g. parents' feedback).
    int people = 1;
};

/// One simulated tablet: its own SQLite file, an AnswerService that stores every answer with its
/// outbox entry and a SyncClient that sends them — the same objects the app wires together.
/// Rates every open statement in a seed-determined order and value, changes some answers later,
/// and reports when the hub has committed all of them.
class SimulatedDevice : public QObject
{
    Q_OBJECT

public:
    SimulatedDevice(int index, quint32 seed, const SimulationPlan& plan, AnswerLog* log,
        QObject* parent = nullptr);

    bool open(const QString& databasePath, const JoinTarget& target,
        const SyncClient::Options& options, QString* error);
    void start();
    /// True when the plan is through and the hub has acknowledged every answer.
    bool isDone() const;
    bool planFinished() const { return m_planned && m_next >= m_actions.size(); }
    SyncClient& client() { return *m_client; }
    int answersMade() const { return int(m_next); }

private:
    struct Action
    {
        int person = 0;
        QString statementId;
        int answer = 0;
    };
    void onSnapshot();
    void makePlan();
    void step();
    bool saveNext();

    int m_index;
    QRandomGenerator m_random;
    SimulationPlan m_plan;
    AnswerLog* m_log;
    Database m_database;
    std::unique_ptr<AnswerService> m_answers;
    std::unique_ptr<SyncClient> m_client;
    QStringList m_pseudonyms;
    QString m_groupId;
    bool m_planned = false;
    QList<Action> m_actions;
    qsizetype m_next = 0;
    QTimer m_stepTimer;
};

} // namespace dp::cli
