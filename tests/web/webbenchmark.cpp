// dp_web_benchmark: the participant web client against the real hub (`dialogpunkte-cli hub`).
// Prints the weight of the whole client as the hub serves it, and — in headless Chromium with
// the CPU throttled four times, as on a cheap phone — the time from opening the join link to
// the start screen (group choice) and to the first statement, with the bytes that took. Figures
// only; it fails only when the client is over its budget of 150 KB or the page does not come up.
// See docs/performance.md.

#include "attendeesteps.h"
#include "browser.h"
#include "hubprocess.h"
#include "webworld.h"

#include "net/webclientserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace dp::test;

namespace {

constexpr qint64 Budget = 150 * 1024;

// One GET as a browser sends it; the whole response (head and body) as it came over the wire.
QByteArray get(quint16 port, const QString& path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(QStringLiteral("GET %1 HTTP/1.1\r\nHost: 127.0.0.1:%2\r\n"
                                "Accept-Encoding: gzip, deflate\r\nConnection: close\r\n\r\n")
                     .arg(path)
                     .arg(port)
                     .toLatin1());
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        response += socket.readAll();
    return response + socket.readAll();
}

QString chromiumVersion()
{
    QProcess chromium;
    chromium.start(ChromiumProcess::executable(), { QStringLiteral("--version") });
    chromium.waitForFinished(20000);
    return QString::fromUtf8(chromium.readAllStandardOutput()).trimmed();
}

struct Run
{
    qint64 startScreenMs = 0;
    qint64 ratingScreenMs = 0;
    qint64 bytes = 0;
    int requests = 0;
};

// A fresh phone (its own storage, nothing cached) opens the join link; the person picks a group
// and starts as soon as the start screen is there.
bool openAndStart(
    Browser& browser, const HubProcess& hub, double throttling, Run* run, QString* error)
{
    auto page = browser.newPage(error);
    if (!page)
        return false;
    if (!page->setViewport(390, 844) || !page->setLanguages(QStringLiteral("de-DE,de"))
        || !page->setCpuThrottling(throttling)) {
        *error = page->lastError();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!page->navigate(hub.joinLink(), 60000)
        || !page->waitFor(QStringLiteral("document.getElementById('startButton')"), 60000)) {
        *error = page->lastError();
        return false;
    }
    run->startScreenMs = timer.elapsed();
    if (!startRating(*page, QStringLiteral("parent"))) {
        *error = page->lastError();
        return false;
    }
    run->ratingScreenMs = timer.elapsed();
    const auto received = page->activity().receivedBytes();
    run->requests = int(received.size());
    for (const qint64 bytes : received)
        run->bytes += bytes;
    return true;
}

QString spread(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return QStringLiteral("median %1 ms (%2–%3 ms)")
        .arg(values.at(values.size() / 2))
        .arg(values.first())
        .arg(values.last());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString unavailable = Browser::unavailableReason();
    if (!unavailable.isEmpty()) {
        out << "web benchmark skipped: " << unavailable << Qt::endl;
        return 0;
    }
    const int runs = qMax(1, qEnvironmentVariableIntValue("DP_WEB_BENCHMARK_RUNS"));
    HubProcess hub;
    Browser browser;
    QString error;
    if (!hub.start(&error) || !browser.start(&error)) {
        out << "web benchmark: " << error << Qt::endl;
        return 1;
    }
    out << "machine: " << QThread::idealThreadCount() << " cores; browser: " << chromiumVersion()
        << ", headless" << Qt::endl;

    // Every file the hub serves, fetched once, as served (no compression is offered).
    qint64 whole = 0;
    int files = 0;
    bool compressed = false;
    QStringList paths = dp::WebClientServer().paths();
    paths.removeAll(QStringLiteral("/"));
    for (const QString& path : std::as_const(paths)) {
        const QByteArray response = get(hub.port(), path);
        if (!response.startsWith("HTTP/1.1 200")) {
            out << "web benchmark: " << path << " was not served: " << response.left(40)
                << Qt::endl;
            return 1;
        }
        compressed = compressed || response.contains("\r\nContent-Encoding:");
        whole += response.size();
        ++files;
    }
    out << "whole client as served: " << files << " files, " << whole << " bytes ("
        << QString::number(whole / 1024.0, 'f', 1) << " KiB, "
        << (compressed ? "compressed" : "uncompressed") << ", headers included); budget "
        << Budget / 1024 << " KiB" << Qt::endl;

    for (const double throttling : { 1.0, 4.0 }) {
        QList<qint64> toStart, toRating;
        Run run;
        for (int i = 0; i < runs; ++i) {
            run = {};
            if (!openAndStart(browser, hub, throttling, &run, &error)) {
                out << "web benchmark: " << error << Qt::endl;
                return 1;
            }
            toStart << run.startScreenMs;
            toRating << run.ratingScreenMs;
        }
        out << "CPU throttled " << throttling << "x, " << runs << " runs: link to start screen "
            << spread(toStart) << "; to the first statement " << spread(toRating) << "; "
            << run.requests << " requests, " << run.bytes << " bytes ("
            << QString::number(run.bytes / 1024.0, 'f', 1) << " KiB) transferred" << Qt::endl;
    }
    if (!hub.stop(&error))
        out << "web benchmark: " << error << Qt::endl;
    return whole < Budget ? 0 : 1;
}
