#pragma once

#include "messages.h"
#include "storage/records.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace dp {

class DeviceListModel;
class WebSocketConnection;
class HubLedger;

/// Collects the answers arriving from all tablets for a few milliseconds and stores them in one
/// transaction (group commit), then acknowledges to each tablet exactly what was committed and
/// rejects what the ledger refused. Nothing is acknowledged when the transaction fails.
class GroupCommitWriter : public QObject
{
    Q_OBJECT

public:
    /// `delayMs` is how long answers wait for company; `maxAnswers` commits early.
    GroupCommitWriter(HubLedger& ledger, DeviceListModel& devices, int delayMs, int maxAnswers,
        QObject* parent = nullptr);

    /// Queues an "answers" message of `deviceId` arriving on `connection`.
    void enqueue(
        WebSocketConnection* connection, const QString& deviceId, const protocol::Answers& answers);
    /// Commits what is queued now (also on shutdown).
    void flush();

signals:
    /// After each group commit: the answers that were stored (new or newer).
    void committed(int stored, const QList<dp::Rating>& storedRatings);
    /// The transaction failed; tablets keep their answers and send them again.
    void failed(const QString& error);

private:
    struct Queued
    {
        QPointer<WebSocketConnection> connection;
        qint64 batch = 0;
        QList<Rating> ratings;
    };

    HubLedger& m_ledger;
    DeviceListModel& m_devices;
    int m_delayMs;
    int m_maxAnswers;
    QList<Queued> m_queue;
    int m_queuedAnswers = 0;
    QTimer m_timer;
};

} // namespace dp
