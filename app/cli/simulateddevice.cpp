#include "simulateddevice.h"

#include "answerlog.h"

namespace dp::cli {

SimulatedDevice::SimulatedDevice(
    int index, quint32 seed, const SimulationPlan& plan, AnswerLog* log, QObject* parent)
    : QObject(parent)
    , m_index(index)
    , m_random(seed * 7919u + quint32(index) * 104729u + 1u)
    , m_plan(plan)
    , m_log(log)
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &SimulatedDevice::step);
}

bool SimulatedDevice::open(const QString& databasePath, const JoinTarget& target,
    const SyncClient::Options& options, QString* error)
{
    if (!m_database.open(databasePath, error))
        return false;
    SyncClient::Options clientOptions = options;
    clientOptions.seed = quint32(m_random.generate()) | 1u;
    m_answers = std::make_unique<AnswerService>(m_database);
    m_client = std::make_unique<SyncClient>(m_database, *m_answers, clientOptions);
    m_client->setTarget(target);
    connect(m_client.get(), &SyncClient::snapshotChanged, this, &SimulatedDevice::onSnapshot);
    return true;
}

void SimulatedDevice::start()
{
    m_client->start();
    if (m_client->hasSession())
        onSnapshot();
}

bool SimulatedDevice::isDone() const
{
    return planFinished() && m_client->isFullySynced();
}

void SimulatedDevice::onSnapshot()
{
    if (m_planned || !m_client->hasSession())
        return;
    makePlan();
    m_stepTimer.start(int(m_random.bounded(m_plan.paceMs + 1)));
}

void SimulatedDevice::makePlan()
{
    const SessionSnapshot& snapshot = *m_client->snapshot();
    const auto& groups = snapshot.session.groups;
    m_groupId = groups.isEmpty() ? QString() : groups.at(m_random.bounded(int(groups.size()))).id;
    for (int person = 0; person < std::max(1, m_plan.people); ++person) {
        m_pseudonyms.append(
            QStringLiteral("sim-%1").arg(m_random.generate64(), 16, 16, QLatin1Char('0')));
        m_client->registerParticipant(m_groupId, m_pseudonyms.last());
    }
    const Catalog& catalog = snapshot.session.catalog;
    auto pick = [&](const QString& statementId, int avoid) {
        const Scale* scale = catalog.scaleFor(*catalog.statement(statementId));
        for (;;) {
            int value = 1 + int(m_random.bounded(scale->points));
            if (scale->allowCannotJudge && int(m_random.bounded(100)) < m_plan.cannotJudgePercent)
                value = CannotJudgeAnswer;
            if (value != avoid)
                return value;
        }
    };
    for (int person = 0; person < m_pseudonyms.size(); ++person) {
        QStringList order = snapshot.openStatements;
        std::shuffle(order.begin(), order.end(), m_random);
        for (const QString& id : order)
            m_actions.append({ person, id, pick(id, -1) });
    }
    const qsizetype firstPass = m_actions.size();
    for (qsizetype i = 0; i < firstPass; ++i) {
        if (int(m_random.bounded(100)) < m_plan.changePercent)
            m_actions.append({ m_actions.at(i).person, m_actions.at(i).statementId,
                pick(m_actions.at(i).statementId, m_actions.at(i).answer) });
    }
    m_planned = true;
}

bool SimulatedDevice::saveNext()
{
    if (m_next >= m_actions.size())
        return false;
    const Action action = m_actions.at(m_next++);
    // As on the rating screen: the answer belongs to the round the hub's state names.
    const SessionRecord& session = m_client->snapshot()->session;
    QString error;
    const auto saved = m_answers->save(session.id, session.currentRound, action.statementId,
        m_pseudonyms.at(action.person), action.answer, &error);
    if (!saved) {
        qWarning("device %d: answer not saved: %s", m_index, qPrintable(error));
        return true;
    }
    if (m_log)
        m_log->append(*saved, m_groupId);
    return true;
}

void SimulatedDevice::step()
{
    if (!saveNext())
        return;
    const int pause = m_plan.paceMs / 2 + int(m_random.bounded(m_plan.paceMs + 1));
    m_stepTimer.start(pause);
}

} // namespace dp::cli
