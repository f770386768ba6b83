#include "outboxsender.h"

#include "clientconnection.h"
#include "session/answerservice.h"
#include "storage/ratingstore.h"

#include <algorithm>

namespace dp {

OutboxSender::OutboxSender(
    AnswerService& answers, ClientConnection& connection, const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_answers(answers)
    , m_connection(connection)
    , m_limits(limits)
    , m_random(limits.seed ? limits.seed : QRandomGenerator::global()->generate())
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &OutboxSender::sendNow);
}

void OutboxSender::begin(const QString& sessionId, qint64 hubMark)
{
    m_sessionId = sessionId;
    m_sending = true;
    m_hubHighWater = hubMark;
    m_inFlight.clear();
    m_rejected.clear();
    m_resend.clear();
    // Answers already acknowledged but above the hub's mark were lost on the hub: send again.
    const QString me = m_answers.ratings().deviceId(sessionId);
    QSet<qint64> outbox;
    for (const Rating& rating : m_answers.ratings().pendingOutbox(sessionId))
        outbox.insert(rating.sequence);
    for (const Rating& rating : m_answers.ratings().ratings(sessionId)) {
        if (rating.deviceId == me && rating.sequence > hubMark && !outbox.contains(rating.sequence))
            m_resend.append(rating);
    }
    std::sort(m_resend.begin(), m_resend.end(),
        [](const Rating& a, const Rating& b) { return a.sequence < b.sequence; });
}

void OutboxSender::halt()
{
    m_sending = false;
    m_inFlight.clear();
    m_resend.clear();
}

void OutboxSender::schedule()
{
    if (m_sending && !m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void OutboxSender::sendNow()
{
    if (!m_sending || !m_connection.isOpen())
        return;
    const int room = m_limits.maxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return;
    QList<Rating> toSend;
    while (!m_resend.isEmpty() && toSend.size() < room)
        toSend.append(m_resend.takeFirst());
    if (toSend.size() < room) {
        const auto pending
            = m_answers.ratings().pendingOutbox(m_sessionId, int(m_inFlight.size()) + room);
        for (const Rating& rating : pending) {
            if (toSend.size() >= room)
                break;
            if (!m_inFlight.contains(rating.sequence) && !m_rejected.contains(rating.sequence))
                toSend.append(rating);
        }
    }
    if (toSend.isEmpty())
        return;
    QList<protocol::Answers> messages;
    const int batchSize = m_limits.chaos ? 1 : m_limits.maxBatch;
    for (qsizetype start = 0; start < toSend.size(); start += batchSize) {
        protocol::Answers message { m_nextBatch++, toSend.mid(start, batchSize) };
        for (const Rating& rating : message.answers)
            m_inFlight.insert(rating.sequence);
        messages.append(message);
    }
    if (m_limits.chaos) {
        // Test mode: the hub must end up identical when everything arrives three times,
        // in a shuffled order.
        const QList<protocol::Answers> once = messages;
        messages.append(once);
        messages.append(once);
        std::shuffle(messages.begin(), messages.end(), m_random);
    }
    for (const protocol::Answers& message : messages)
        m_connection.send(message);
}

void OutboxSender::handleAck(const protocol::Ack& ack)
{
    const QList<qint64>& sequences = ack.sequences;
    for (const qint64 sequence : sequences)
        m_inFlight.remove(sequence);
    m_hubHighWater = std::max(m_hubHighWater, ack.highWater);
    QString error;
    if (!m_answers.acknowledge(m_sessionId, sequences, &error))
        emit storageFailed(error);
    sendNow();
}

void OutboxSender::handleReject(qint64 sequence)
{
    m_inFlight.remove(sequence);
    m_rejected.insert(sequence);
}

} // namespace dp
