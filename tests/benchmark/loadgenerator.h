#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace dp {
class Catalog;
}

namespace dp::bench {

/// Where the hub listens and the room code it expects.
struct HubAddress
{
    QString host;
    quint16 port = 0;
    QString roomCode;
};

/// A statement of the session's catalog and the answers its scale accepts.
struct StatementPick
{
    QString id;
    int points = 6;
    bool allowCannotJudge = true;
};

/// Every statement of `catalog` with its scale.
QList<StatementPick> statementsOf(const Catalog& catalog);

/// What one benchmark phase asks of every simulated device.
struct LoadPlan
{
    QList<StatementPick> statements;
    int people = 1; ///< pseudonyms per device (a shared tablet has several)
    int answers = 0; ///< answers per device
    int changePercent = 15; ///< live: share of statements answered a second time
    int paceMs = 500; ///< live: mean pause between two answers of one device
    /// Optional, called in the device's thread for every answer it sends (device id, sequence,
    /// nowUs()), so a benchmark can follow an answer to the hub's screen.
    std::function<void(const QString& deviceId, qint64 sequence, qint64 sentUs)> onSent;
};

/// Monotonic microseconds, the time base of every latency in the benchmark.
inline qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class LoadClient;

/// One thread of protocol-level devices (WebSocket + JSON only, no SQLite, no outbox): the load
/// generator of the benchmark. Counters may be read from any thread; everything else runs in the
/// worker's own thread.
class LoadWorker : public QObject
{
public:
    LoadWorker(HubAddress hub, QString devicePrefix, QList<int> deviceIndexes, LoadPlan plan);
    ~LoadWorker() override;

    /// Connects every device, waits for welcome, registers its people; then `startLive()` lets
    /// them answer at the plan's pace, `disconnectAll()` + `startCatchUp()` sends the whole plan
    /// at once (prepared in memory) after reconnecting.
    void connectAll();
    void startLive();
    void disconnectAll();
    void startCatchUp();

    /// Latencies (send of a batch -> its ack) collected so far, in microseconds.
    std::vector<qint64> latencies() const { return m_latencies; }

    std::atomic<int> joined { 0 };
    std::atomic<int> connected { 0 };
    std::atomic<qint64> acknowledged { 0 };
    std::atomic<qint64> rejected { 0 };
    std::atomic<qint64> errors { 0 };
    std::atomic<qint64> planned { 0 };

private:
    friend class LoadClient;
    HubAddress m_hub;
    LoadPlan m_plan;
    QString m_devicePrefix;
    QList<int> m_deviceIndexes;
    std::vector<std::unique_ptr<LoadClient>> m_clients;
    std::vector<qint64> m_latencies;
};

/// Runs LoadWorkers in `threads` threads and sums up their counters.
class LoadFleet
{
public:
    LoadFleet(const HubAddress& hub, const QString& devicePrefix, int devices, int threads,
        const LoadPlan& plan);
    ~LoadFleet();

    void connectAll();
    void startLive();
    void disconnectAll();
    void startCatchUp();

    int joined() const;
    int connected() const;
    qint64 acknowledged() const;
    qint64 rejected() const;
    qint64 errors() const;
    qint64 planned() const;
    std::vector<qint64> latencies() const;

private:
    void onEach(void (LoadWorker::*call)());
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<LoadWorker*> m_workers;
};

} // namespace dp::bench
