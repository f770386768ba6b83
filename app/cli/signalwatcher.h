#pragma once

#include <QObject>

class QSocketNotifier;

namespace dp::cli {

/// Turns SIGTERM and SIGINT into a Qt signal, so the hub can shut down cleanly from the event
/// loop (commit what is queued, say goodbye to tablets) instead of dying inside a handler.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace dp::cli
