#pragma once

#include "messages.h"
#include "storage/records.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace dp {

class AnswerService;
class ClientConnection;

/// Sends this device's answers to the hub in batches, keeps track of what is in flight, takes
/// answers off the outbox (through the AnswerService) only on the hub's commit acknowledgement,
/// and after the hub lost data sends again everything above the hub's high-water mark.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxBatch = 200;
        int maxInFlight = 2000;
        /// Test mode: every answer goes in its own message, shuffled, each sent three times.
        bool chaos = false;
        quint32 seed = 0; ///< for the chaos shuffle; 0 = random
    };

    OutboxSender(AnswerService& answers, ClientConnection& connection, const Limits& limits,
        QObject* parent = nullptr);

    /// The hub welcomed us for `sessionId` and reports `hubMark` for this device: start sending.
    void begin(const QString& sessionId, qint64 hubMark);
    /// The connection is gone: nothing is in flight any more, sending waits for begin().
    void halt();
    bool isSending() const { return m_sending; }
    /// Nothing in flight and nothing left to send again.
    bool isIdle() const { return m_inFlight.isEmpty() && m_resend.isEmpty(); }
    qint64 hubHighWater() const { return m_hubHighWater; }

    /// Sends what the outbox holds soon (coalesces many saves into one pass).
    void schedule();
    /// Sends what fits into the in-flight window right away.
    void sendNow();
    void handleAck(const protocol::Ack& ack);
    void handleReject(qint64 sequence);

signals:
    void storageFailed(const QString& error);

private:
    AnswerService& m_answers;
    ClientConnection& m_connection;
    Limits m_limits;
    QString m_sessionId;
    bool m_sending = false;
    qint64 m_hubHighWater = 0;
    QSet<qint64> m_inFlight;
    QSet<qint64> m_rejected;
    QList<Rating> m_resend; ///< acknowledged earlier but above the hub's mark: the hub lost them
    qint64 m_nextBatch = 1;
    QTimer m_pumpTimer;
    QRandomGenerator m_random;
};

} // namespace dp
