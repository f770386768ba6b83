#include "loadgenerator.h"

#include "catalog/catalog.h"

#include "sync/messagesender.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>
#include <deque>

namespace dp::bench {

QList<StatementPick> statementsOf(const Catalog& catalog)
{
    QList<StatementPick> picks;
    for (const Statement& statement : catalog.allStatements()) {
        const Scale* scale = catalog.scaleFor(statement);
        picks.append({ statement.id, scale->points, scale->allowCannotJudge });
    }
    return picks;
}

namespace {
constexpr int MaxBatch = 200; // the same limits as SyncClient's defaults
constexpr int MaxInFlight = 2000;
constexpr int ReconnectMs = 250;
} // namespace

/// One device speaking the protocol through its message types: hello, participant, answers;
/// counts acks. Answers live in memory only — the device side is not what the benchmark
/// measures.
class LoadClient : public QObject
{
public:
    LoadClient(LoadWorker& worker, QString deviceId, quint32 seed)
        : m_worker(worker)
        , m_deviceId(std::move(deviceId))
        , m_random(seed)
    {
        for (int person = 0; person < std::max(1, worker.m_plan.people); ++person)
            m_pseudonyms.append(QStringLiteral("%1-p%2").arg(m_deviceId).arg(person));
        m_paceTimer.setSingleShot(true);
        connect(&m_paceTimer, &QTimer::timeout, this, [this] { saveNext(); });
        m_reconnectTimer.setSingleShot(true);
        connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { open(); });
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            ++m_worker.connected;
            m_isConnected = true;
            protocol::sendMessage(m_socket,
                protocol::Hello { m_worker.m_hub.roomCode, protocol::ClientKind::App, m_sessionId,
                    m_hubDeviceId });
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { onMessage(text); });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { onDisconnected(); });
    }

    void open()
    {
        m_wanted = true;
        m_socket.open(QUrl(
            QStringLiteral("ws://%1:%2/ws").arg(m_worker.m_hub.host).arg(m_worker.m_hub.port)));
    }
    void close()
    {
        m_wanted = false;
        m_paceTimer.stop();
        m_reconnectTimer.stop();
        m_socket.close();
    }
    /// Live voting: every statement once per person in random order, some changed later.
    void startLive()
    {
        planAnswers(false);
        m_paceTimer.start(int(m_random.bounded(2 * m_worker.m_plan.paceMs)));
    }
    /// Catch-up: the whole plan is "saved offline" at once and sent after the next welcome.
    void prepareCatchUp()
    {
        planAnswers(true);
        while (m_next < m_actions.size())
            m_outbox.push_back(m_actions.at(m_next++));
    }

private:
    struct InFlight
    {
        qint64 sentUs = 0;
        QList<Rating> answers;
    };

    void planAnswers(bool distinct)
    {
        const LoadPlan& plan = m_worker.m_plan;
        auto pick = [&](const StatementPick& s) {
            if (s.allowCannotJudge && m_random.bounded(10) == 0)
                return 0;
            return 1 + int(m_random.bounded(s.points));
        };
        QList<Rating> firstPass;
        for (const QString& pseudonym : m_pseudonyms) {
            QList<StatementPick> order = plan.statements;
            std::shuffle(order.begin(), order.end(), m_random);
            for (const StatementPick& s : order)
                firstPass.append(answer(pseudonym, s.id, pick(s)));
        }
        if (distinct)
            std::shuffle(firstPass.begin(), firstPass.end(), m_random);
        m_actions = firstPass.mid(0, std::min<qsizetype>(plan.answers, firstPass.size()));
        // A changed answer really changes: the same value again would show nothing new.
        QList<int> latest;
        for (const Rating& first : std::as_const(firstPass))
            latest.append(first.answer);
        while (m_actions.size() < plan.answers) {
            const int which = int(m_random.bounded(int(firstPass.size())));
            Rating change = firstPass.at(which);
            const auto s = std::find_if(plan.statements.begin(), plan.statements.end(),
                [&](const StatementPick& p) { return p.id == change.statementId; });
            int value = pick(*s);
            while (value == latest.at(which) && s->points > 1)
                value = pick(*s);
            latest[which] = value;
            change.answer = value;
            m_actions.append(change);
        }
        m_worker.planned += m_actions.size();
        m_next = 0;
    }
    Rating answer(const QString& pseudonym, const QString& statementId, int value)
    {
        Rating rating;
        rating.round = 1;
        rating.statementId = statementId;
        rating.pseudonym = pseudonym;
        rating.answer = value;
        return rating;
    }

    void saveNext()
    {
        if (m_next >= m_actions.size())
            return;
        m_outbox.push_back(m_actions.at(m_next++));
        sendPending();
        if (m_next < m_actions.size())
            m_paceTimer.start(int(m_random.bounded(2 * m_worker.m_plan.paceMs)));
    }

    void sendPending()
    {
        if (!m_welcomed)
            return;
        while (!m_outbox.empty() && m_inFlightAnswers < MaxInFlight) {
            InFlight flight;
            while (!m_outbox.empty() && flight.answers.size() < MaxBatch
                && m_inFlightAnswers + flight.answers.size() < MaxInFlight) {
                Rating a = m_outbox.front();
                m_outbox.pop_front();
                a.sessionId = m_sessionId;
                a.sequence = ++m_sequence;
                if (m_worker.m_plan.onSent)
                    m_worker.m_plan.onSent(m_deviceId, m_sequence, nowUs());
                flight.answers.append(a);
            }
            const qint64 batch = ++m_batch;
            m_inFlightAnswers += int(flight.answers.size());
            flight.sentUs = nowUs();
            m_inFlight.insert(batch, flight);
            protocol::sendMessage(m_socket, protocol::Answers { batch, flight.answers });
        }
    }

    void onMessage(const QString& text)
    {
        const auto decoded = protocol::decodeToDevice(text.toUtf8());
        if (!decoded.ok()) {
            ++m_worker.errors;
            return;
        }
        const protocol::ToDevice& message = *decoded.message;
        if (const auto* ack = std::get_if<protocol::Ack>(&message)) {
            const qint64 now = nowUs();
            const auto it = m_inFlight.find(ack->batch.value_or(0));
            if (it == m_inFlight.end())
                return;
            m_worker.m_latencies.push_back(now - it->sentUs);
            m_inFlightAnswers -= int(it->answers.size());
            m_worker.acknowledged += ack->sequences.size();
            m_inFlight.erase(it);
            sendPending();
        } else if (std::holds_alternative<protocol::Reject>(message)) {
            ++m_worker.rejected;
        } else if (const auto* welcome = std::get_if<protocol::Welcome>(&message)) {
            m_sessionId = welcome->sessionId;
            m_hubDeviceId = welcome->deviceId;
            // A device that already sent answers continues above them, as a real one would.
            m_sequence = std::max(m_sequence, welcome->highWater);
        } else if (std::holds_alternative<protocol::State>(message) && !m_welcomed) {
            m_welcomed = true;
            if (!m_joinedOnce) {
                m_joinedOnce = true;
                ++m_worker.joined;
            }
            for (const QString& pseudonym : m_pseudonyms)
                protocol::sendMessage(
                    m_socket, protocol::ParticipantMessage { m_sessionId, pseudonym, {} });
            sendPending();
        } else if (const auto* error = std::get_if<protocol::Error>(&message)) {
            // too_many_connections while hundreds join at once is expected; it retries.
            if (error->code != protocol::ErrorCode::TooManyConnections)
                ++m_worker.errors;
        }
    }

    void onDisconnected()
    {
        if (m_isConnected)
            --m_worker.connected;
        m_isConnected = false;
        m_welcomed = false;
        // Unacknowledged answers go back to the outbox (resent with new sequences; the hub
        // acknowledges duplicates as well).
        std::vector<qint64> batches(m_inFlight.keyBegin(), m_inFlight.keyEnd());
        std::sort(batches.rbegin(), batches.rend());
        for (qint64 batch : batches) {
            const QList<Rating>& answers = m_inFlight.value(batch).answers;
            for (auto a = answers.rbegin(); a != answers.rend(); ++a)
                m_outbox.push_front(*a);
        }
        m_inFlight.clear();
        m_inFlightAnswers = 0;
        if (m_wanted)
            m_reconnectTimer.start(ReconnectMs + int(m_random.bounded(ReconnectMs)));
    }

    LoadWorker& m_worker;
    QString m_deviceId;
    QRandomGenerator m_random;
    QStringList m_pseudonyms;
    QWebSocket m_socket;
    QTimer m_paceTimer;
    QTimer m_reconnectTimer;
    QString m_sessionId;
    QString m_hubDeviceId; ///< the id the hub gave this device in its session
    QList<Rating> m_actions;
    qsizetype m_next = 0;
    std::deque<Rating> m_outbox;
    QHash<qint64, InFlight> m_inFlight;
    int m_inFlightAnswers = 0;
    qint64 m_sequence = 0;
    qint64 m_batch = 0;
    bool m_welcomed = false;
    bool m_joinedOnce = false;
    bool m_wanted = false;
    bool m_isConnected = false;
};

LoadWorker::LoadWorker(
    HubAddress hub, QString devicePrefix, QList<int> deviceIndexes, LoadPlan plan)
    : m_hub(std::move(hub))
    , m_plan(std::move(plan))
    , m_devicePrefix(std::move(devicePrefix))
    , m_deviceIndexes(std::move(deviceIndexes))
{
}

LoadWorker::~LoadWorker() = default;

void LoadWorker::connectAll()
{
    // Created here so that sockets and timers belong to the worker's thread.
    if (m_clients.empty()) {
        for (int index : m_deviceIndexes)
            m_clients.push_back(std::make_unique<LoadClient>(
                *this, QStringLiteral("%1-%2").arg(m_devicePrefix).arg(index), quint32(index + 1)));
    }
    for (auto& client : m_clients)
        client->open();
}

void LoadWorker::startLive()
{
    for (auto& client : m_clients)
        client->startLive();
}

void LoadWorker::disconnectAll()
{
    for (auto& client : m_clients)
        client->close();
}

void LoadWorker::startCatchUp()
{
    m_latencies.clear();
    for (auto& client : m_clients) {
        client->prepareCatchUp();
        client->open();
    }
}

LoadFleet::LoadFleet(const HubAddress& hub, const QString& devicePrefix, int devices, int threads,
    const LoadPlan& plan)
{
    threads = std::max(1, std::min(threads, devices));
    for (int t = 0; t < threads; ++t) {
        QList<int> indexes;
        for (int i = t; i < devices; i += threads)
            indexes.append(i);
        auto thread = std::make_unique<QThread>();
        auto* worker = new LoadWorker(hub, devicePrefix, indexes, plan);
        worker->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
}

LoadFleet::~LoadFleet()
{
    for (auto& thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

void LoadFleet::onEach(void (LoadWorker::*call)())
{
    for (LoadWorker* worker : m_workers)
        QMetaObject::invokeMethod(worker, [worker, call] { (worker->*call)(); });
}

void LoadFleet::connectAll()
{
    onEach(&LoadWorker::connectAll);
}
void LoadFleet::startLive()
{
    onEach(&LoadWorker::startLive);
}
void LoadFleet::disconnectAll()
{
    onEach(&LoadWorker::disconnectAll);
}
void LoadFleet::startCatchUp()
{
    onEach(&LoadWorker::startCatchUp);
}

#define DP_SUM(name, type)                                                                         \
    type LoadFleet::name() const                                                                   \
    {                                                                                              \
        type sum = 0;                                                                              \
        for (const LoadWorker* worker : m_workers)                                                 \
            sum += worker->name.load();                                                            \
        return sum;                                                                                \
    }
DP_SUM(joined, int)
DP_SUM(connected, int)
DP_SUM(acknowledged, qint64)
DP_SUM(rejected, qint64)
DP_SUM(errors, qint64)
DP_SUM(planned, qint64)
#undef DP_SUM

std::vector<qint64> LoadFleet::latencies() const
{
    std::vector<qint64> all;
    for (LoadWorker* worker : m_workers) {
        std::vector<qint64> part;
        QMetaObject::invokeMethod(
            worker, [&] { part = worker->latencies(); }, Qt::BlockingQueuedConnection);
        all.insert(all.end(), part.begin(), part.end());
    }
    return all;
}

} // namespace dp::bench
