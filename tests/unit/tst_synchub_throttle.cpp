// Room-code throttling at the real hub, on a throttle clock the test drives by hand: one wrong
// code from an address (a NAT, a shared hotspot) makes the others behind it wait their turn,
// never locks them out, and a tablet told "throttled" comes back by itself after the wait.
#include "sync/messagesender.h"
#include "sync/syncclient.h"
#include "syncworld.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace dp;
using namespace dp::test;

namespace {

/// The wait after one wrong code, and how long a hello may wait in the queue in the test that
/// lets one wait too long (shorter than the address's wait).
constexpr qint64 FirstWaitMs = 400;
constexpr qint64 ShortQueueMs = 300;

struct ThrottledHub
{
    qint64 now = 1'000'000;
    std::unique_ptr<Hub> hub;

    explicit ThrottledHub(const QString& path, qint64 maxQueuedMs = 10'000)
    {
        SessionHost::Options options = fastHubOptions();
        options.admission.throttle.baseDelayMs = FirstWaitMs;
        options.admission.throttle.maxWaitMs = maxQueuedMs;
        options.admission.clock = [this] { return now; };
        hub = std::make_unique<Hub>(path, options);
    }
    quint16 port() const { return hub->port(); }

    /// A hello with a wrong room code from 127.0.0.1, refused.
    void guessWrong()
    {
        RawClient guesser(port());
        QTRY_VERIFY(guesser.socket.state() == QAbstractSocket::ConnectedState);
        protocol::sendMessage(
            guesser.socket, protocol::Hello { "WRONG", protocol::ClientKind::App, {}, {} });
        QTRY_VERIFY(guesser.closed);
        QVERIFY(guesser.hasError("wrong_room_code"));
    }
};

} // namespace

class TestSyncHubThrottle : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files;

private slots:
    void aCrowdWithTheRightCodeWaitsOnceAndGetsIn()
    {
        ThrottledHub hub(m_files.next());
        hub.guessWrong();
        std::vector<std::unique_ptr<RawClient>> crowd;
        for (int i = 0; i < 12; ++i) {
            crowd.push_back(std::make_unique<RawClient>(hub.port()));
            QTRY_VERIFY(crowd.back()->socket.state() == QAbstractSocket::ConnectedState);
            crowd.back()->hello();
        }
        // Held while the address's wait lasts: neither let in nor turned away.
        QTest::qWait(500);
        for (const auto& raw : crowd) {
            QVERIFY2(raw->received.isEmpty(), qPrintable(raw->received.join('\n')));
            QVERIFY(!raw->closed);
        }
        hub.now += FirstWaitMs;
        for (const auto& raw : crowd) {
            QTRY_VERIFY(!raw->firstOfType("welcome").isEmpty());
            QVERIFY(!raw->hasError("throttled"));
        }
        QCOMPARE(hub.hub->host->devices()->connectedCount(), 12);
    }

    void aThrottledTabletComesBackByItself()
    {
        ThrottledHub hub(m_files.next(), ShortQueueMs);
        hub.guessWrong();
        Tablet tablet(m_files.next(), hub.port());
        tablet.client->start();
        QTest::qWait(300); // its hello waits in the queue
        QVERIFY(tablet.client->status() != SyncClient::Status::Online);
        // It waited longer than a hello may: the hub says "throttled" and how long to wait.
        hub.now += ShortQueueMs + 50;
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Reconnecting);
        QVERIFY2(tablet.client->statusText().contains("Too many wrong room codes"),
            qPrintable(tablet.client->statusText()));
        // Nobody touches it: after the wait it says hello again and is let in.
        QTest::qWait(int(FirstWaitMs) + 200);
        hub.now += 100; // the address's wait is over
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
    }

    void aKnownTabletSkipsTheWait()
    {
        ThrottledHub hub(m_files.next());
        Tablet tablet(m_files.next(), hub.port());
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        rate(tablet, tablet.client->registerParticipant(), 3);
        QTRY_VERIFY(tablet.client->isFullySynced());
        tablet.client->stop();
        hub.guessWrong();
        // It names the session and a device with answers here: proof enough, no wait (the
        // throttle's clock stands still, so a wait would never end).
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
    }
};

QTEST_GUILESS_MAIN(TestSyncHubThrottle)
#include "tst_synchub_throttle.moc"
