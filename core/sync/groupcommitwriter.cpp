#include "groupcommitwriter.h"

#include "devicelistmodel.h"
#include "hubadmission.h"
#include "hubledger.h"
#include "messagesender.h"
#include "storage/minutes.h"

#include "net/websocketconnection.h"

#include <utility>

namespace dp {

using protocol::ErrorCode;

GroupCommitWriter::GroupCommitWriter(
    HubLedger& ledger, DeviceListModel& devices, int delayMs, int maxAnswers, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_devices(devices)
    , m_delayMs(delayMs)
    , m_maxAnswers(maxAnswers)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GroupCommitWriter::flush);
}

void GroupCommitWriter::enqueue(
    WebSocketConnection* connection, const QString& deviceId, const protocol::Answers& answers)
{
    Queued queued;
    queued.connection = connection;
    queued.batch = answers.batch;
    queued.ratings = answers.answers;
    // The device id is the connection's and the time the hub's, never taken from the data.
    const QDateTime now = toMinute(QDateTime::currentDateTimeUtc());
    for (Rating& rating : queued.ratings) {
        rating.deviceId = deviceId;
        rating.updatedAt = now;
    }
    m_queuedAnswers += int(queued.ratings.size());
    m_queue.append(queued);
    if (m_queuedAnswers >= m_maxAnswers)
        flush();
    else if (!m_timer.isActive())
        m_timer.start(m_delayMs);
}

void GroupCommitWriter::flush()
{
    m_timer.stop();
    if (m_queue.isEmpty())
        return;
    const QList<Queued> queue = std::exchange(m_queue, {});
    m_queuedAnswers = 0;
    QList<HubLedger::Incoming> batch;
    for (const Queued& queued : queue) {
        for (const Rating& rating : queued.ratings)
            batch.append(HubLedger::Incoming { rating });
    }
    QList<HubLedger::Outcome> outcomes;
    QString error;
    if (!m_ledger.apply(batch, &outcomes, &error)) {
        // Nothing was committed, so nothing is acknowledged: tablets keep the answers in their
        // outbox and send them again after reconnecting.
        emit failed(error);
        for (const Queued& queued : queue) {
            if (queued.connection)
                refuseConnection(queued.connection, ErrorCode::StorageFailed,
                    QStringLiteral("the hub could not store answers: ") + error);
        }
        return;
    }
    int stored = 0;
    QList<Rating> storedRatings;
    qsizetype offset = 0;
    for (const Queued& queued : queue) {
        QList<qint64> acknowledged;
        QString deviceId;
        for (const Rating& rating : queued.ratings) {
            const HubLedger::Outcome& outcome = outcomes.at(offset++);
            deviceId = rating.deviceId;
            if (outcome.kind == HubLedger::Outcome::Kind::Rejected) {
                if (queued.connection)
                    protocol::sendMessage(*queued.connection,
                        protocol::Reject { rating.sequence, outcome.code, outcome.error });
                continue;
            }
            if (outcome.kind == HubLedger::Outcome::Kind::Stored) {
                ++stored;
                storedRatings.append(rating);
            }
            acknowledged.append(rating.sequence);
        }
        m_devices.addReceived(deviceId, int(acknowledged.size()));
        if (queued.connection)
            protocol::sendMessage(*queued.connection,
                protocol::Ack { queued.batch, acknowledged, m_ledger.highWater(deviceId) });
    }
    emit committed(stored, storedRatings);
}

} // namespace dp
