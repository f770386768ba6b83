#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>

#include <unistd.h>

#include <algorithm>

namespace dp::bench {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool startHubProcess(QProcess& hub, const QString& dataDir, quint16 port, const QString& roomCode)
{
    hub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.start(QStringLiteral(DP_CLI),
        { "hub", "--data-dir", dataDir, "--catalog", "qualitaetsrahmen", "--port",
            QString::number(port), "--room-code", roomCode, "--bind", "127.0.0.1",
            "--no-discovery" });
    if (!hub.waitForStarted())
        return false;
    QByteArray started;
    while (!started.contains("listening") && hub.waitForReadyRead(5000))
        started += hub.readAllStandardOutput();
    return started.contains("listening");
}

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return double(values[index]);
}

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

qint64 vmHwmKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QThread::msleep(5);
    return clock.elapsed();
}

} // namespace dp::bench
