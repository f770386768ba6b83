#include "chromiumprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

namespace dp::test {

ChromiumProcess::~ChromiumProcess()
{
    if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(5000))
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ChromiumProcess::executable()
{
    const QString configured = qEnvironmentVariable("DP_CHROMIUM");
    const QString path = configured.isEmpty() ? QStringLiteral("/usr/bin/chromium") : configured;
    return QFileInfo(path).isExecutable() ? path : QString();
}

bool ChromiumProcess::start(QString* error)
{
    const QString program = executable();
    if (program.isEmpty()) {
        *error = QStringLiteral("chromium is not installed (/usr/bin/chromium or $DP_CHROMIUM)");
        return false;
    }
    if (!m_profile.isValid()) {
        *error = QStringLiteral("no temporary folder for the browser profile");
        return false;
    }
    QStringList arguments { QStringLiteral("--headless=new"), QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
        QStringLiteral("--no-default-browser-check"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
        QStringLiteral("--disable-extensions"), QStringLiteral("--disable-dev-shm-usage"),
        // Timers of pages in the background must run as in a visible tab.
        QStringLiteral("--disable-background-timer-throttling"),
        QStringLiteral("--disable-renderer-backgrounding"),
        QStringLiteral("--user-data-dir=") + m_profile.path(),
        QStringLiteral("--remote-debugging-port=0"), QStringLiteral("about:blank") };
    // Chromium's sandbox refuses to run as root.
    if (::geteuid() == 0)
        arguments.prepend(QStringLiteral("--no-sandbox"));
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // Its D-Bus and GPU complaints are noise in the test log.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("chromium did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!readEndpoint()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("chromium wrote no DevToolsActivePort within 30 s");
            return false;
        }
        QTest::qWait(50);
    }
    return true;
}

bool ChromiumProcess::readEndpoint()
{
    QFile file(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 2 || lines.at(0).isEmpty() || lines.at(1).isEmpty())
        return false;
    m_endpoint = QUrl(QStringLiteral("ws://127.0.0.1:%1%2")
                          .arg(QString::fromLatin1(lines.at(0).trimmed()),
                              QString::fromLatin1(lines.at(1).trimmed())));
    return m_endpoint.isValid();
}

} // namespace dp::test
