#pragma once

#include "benchfigures.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QThread>

#include <vector>

namespace dp::bench {

/// A QGuiApplication that clocks every event the GUI thread dispatches from its event loop, so
/// the benchmark can tell how long the GUI thread was busy and how long one marked event (the
/// refresh that makes the views re-read their figures) took from its start to its end.
class TimedApplication : public QGuiApplication
{
public:
    TimedApplication(int& argc, char** argv)
        : QGuiApplication(argc, argv)
    {
        m_clock.start();
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (thread() != QThread::currentThread() || m_depth > 0)
            return QGuiApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = m_clock.nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        const bool result = QGuiApplication::notify(receiver, event);
        const qint64 spent = m_clock.nsecsElapsed() - start;
        const qint64 cpuSpent = threadCpuNs() - cpuStart;
        --m_depth;
        busyNs += spent;
        busyCpuNs += cpuSpent;
        if (m_marked) {
            m_marked = false;
            marked.push_back(double(spent) / 1e6);
            markedCpu.push_back(double(cpuSpent) / 1e6);
        }
        return result;
    }

    /// Called from inside a handler: the event being dispatched goes into `marked`.
    void markCurrentEvent() { m_marked = true; }

    qint64 busyNs = 0; ///< GUI-thread wall time spent in dispatched events
    qint64 busyCpuNs = 0; ///< ... and CPU time
    std::vector<double> marked; ///< wall ms of each marked event
    std::vector<double> markedCpu; ///< CPU ms of each marked event

private:
    QElapsedTimer m_clock;
    int m_depth = 0;
    bool m_marked = false;
};

} // namespace dp::bench
