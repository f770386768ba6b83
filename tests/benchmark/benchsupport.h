#pragma once

#include <QProcess>
#include <QString>

#include <functional>
#include <vector>

namespace dp::bench {

/// A free TCP port on 127.0.0.1 (bound once and released).
quint16 freePort();
/// Starts `dialogpunkte-cli hub` with the default catalog on 127.0.0.1:`port` (room code
/// `roomCode`, no discovery) and waits until it listens; false if it did not.
bool startHubProcess(QProcess& hub, const QString& dataDir, quint16 port, const QString& roomCode);
/// The value below which a share `p` (0..1) of `values` lies.
double percentile(std::vector<qint64> values, double p);
/// CPU seconds (user + system) process `pid` has used so far, from /proc/PID/stat.
double cpuSeconds(qint64 pid);
/// Peak resident memory of process `pid` in kB (VmHWM), -1 where unknown.
qint64 vmHwmKb(qint64 pid);
/// Waits (without an event loop of its own: the load runs in other threads) until `done()` or
/// `timeoutMs`; returns the elapsed ms.
qint64 waitUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace dp::bench
