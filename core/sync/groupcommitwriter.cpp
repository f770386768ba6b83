#include "groupcommitwriter.h"

#include "devicelistmodel.h"
#include "hubadmission.h"
#include "hubledger.h"
#include "protocol.h"

#include <QJsonArray>
#include <QWebSocket>

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
    QWebSocket* socket, const QString& deviceId, const QJsonObject& body)
{
    Queued queued;
    queued.socket = socket;
    queued.batch = body.value(QLatin1String("batch")).toInteger();
    const QJsonArray answers = body.value(QLatin1String("answers")).toArray();
    queued.ratings.reserve(answers.size());
    for (const QJsonValue& value : answers)
        queued.ratings.append(protocol::answerFromJson(value.toObject(), deviceId));
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
            if (queued.socket)
                refuseConnection(queued.socket, ErrorCode::StorageFailed,
                    QStringLiteral("the hub could not store answers: ") + error);
        }
        return;
    }
    int stored = 0;
    QList<Rating> storedRatings;
    qsizetype offset = 0;
    for (const Queued& queued : queue) {
        QJsonArray acknowledged;
        QString deviceId;
        for (const Rating& rating : queued.ratings) {
            const HubLedger::Outcome& outcome = outcomes.at(offset++);
            deviceId = rating.deviceId;
            if (outcome.kind == HubLedger::Outcome::Kind::Rejected) {
                if (queued.socket)
                    queued.socket->sendTextMessage(
                        QString::fromUtf8(protocol::serialize(QStringLiteral("reject"),
                            { { QStringLiteral("sequence"), rating.sequence },
                                { QStringLiteral("code"), protocol::errorCodeName(outcome.code) },
                                { QStringLiteral("message"), outcome.error.left(200) } })));
                continue;
            }
            if (outcome.kind == HubLedger::Outcome::Kind::Stored) {
                ++stored;
                storedRatings.append(rating);
            }
            acknowledged.append(rating.sequence);
        }
        m_devices.addReceived(deviceId, int(acknowledged.size()));
        if (queued.socket)
            queued.socket->sendTextMessage(
                QString::fromUtf8(protocol::serialize(QStringLiteral("ack"),
                    { { QStringLiteral("batch"), queued.batch },
                        { QStringLiteral("sequences"), acknowledged },
                        { QStringLiteral("highWater"), m_ledger.highWater(deviceId) } })));
    }
    emit committed(stored, storedRatings);
}

} // namespace dp
