#include "demo.h"
#include "application.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

#include <cstdio>

namespace dp {

DemoSimulation::DemoSimulation(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
}

DemoSimulation::~DemoSimulation()
{
    stop();
}

QString DemoSimulation::cliPath()
{
    const QDir dir(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
        { QStringLiteral("dialogpunkte-cli"), QStringLiteral("cli/dialogpunkte-cli") }) {
        const QFileInfo file(dir.filePath(candidate));
        if (file.isExecutable())
            return file.absoluteFilePath();
    }
    return {};
}

bool DemoSimulation::start(quint16 hubPort, const QString& roomCode, int devices, QString* error)
{
    const QString program = cliPath();
    if (program.isEmpty() || !m_folder.isValid()) {
        *error = tr("dialogpunkte-cli was not found next to the app");
        return false;
    }
    m_process.start(program,
        { QStringLiteral("simulate"), QStringLiteral("--hub"),
            QStringLiteral("127.0.0.1:%1").arg(hubPort), QStringLiteral("--room-code"), roomCode,
            QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--seed"),
            QStringLiteral("2024"), QStringLiteral("--pace-ms"), QStringLiteral("400"),
            QStringLiteral("--timeout-s"), QStringLiteral("3600"), QStringLiteral("--data-dir"),
            m_folder.path() });
    if (!m_process.waitForStarted(5000)) {
        *error = m_process.errorString();
        return false;
    }
    return true;
}

void DemoSimulation::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool Application::startDemo()
{
    ModeratorSession& moderator = *m_moderator;
    if (!moderator.hostNewWorkshop(QStringLiteral("qualitaetsrahmen"), tr("Demo workshop"),
            QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"))) {
        std::fprintf(stderr, "demo: cannot host: %s\n", qPrintable(moderator.errorText()));
        return false;
    }
    // In the demo the dots should be seen arriving, so results are shown from the start.
    moderator.setHideUntilRevealed(false);
    moderator.setDemo(true);
    moderator.setActive(true);
    m_demo = std::make_unique<DemoSimulation>();
    QString error;
    if (!m_demo->start(quint16(moderator.host()->port()), moderator.host()->roomCode(),
            m_options.demoDevices, &error)) {
        std::fprintf(stderr, "demo: no simulated tablets: %s\n", qPrintable(error));
        m_demo.reset(); // the dashboard still works, just without arriving answers
    }
    return true;
}

} // namespace dp
