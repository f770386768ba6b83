#include "hubprocess.h"

#include <QDir>

#include <csignal>

namespace dp::test {

HubProcess::HubProcess()
    : m_port(e2e::freePort())
{
}

HubProcess::~HubProcess()
{
    if (isRunning()) {
        resume();
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool HubProcess::start(QString* error)
{
    if (!m_dataDir.isValid()) {
        *error = QStringLiteral("no temporary folder for the hub's data");
        return false;
    }
    return e2e::startHub(m_process, dataDir(), m_port, error,
        { QStringLiteral("--title"), QStringLiteral("Werkstatt im Browser") });
}

bool HubProcess::kill()
{
    resume();
    m_process.kill();
    return m_process.waitForFinished(10000);
}

bool HubProcess::pause()
{
    return isRunning() && ::kill(pid_t(m_process.processId()), SIGSTOP) == 0;
}

bool HubProcess::resume()
{
    return isRunning() && ::kill(pid_t(m_process.processId()), SIGCONT) == 0;
}

bool HubProcess::stop(QString* error)
{
    resume();
    return e2e::stopHub(m_process, error);
}

QString HubProcess::roomCode() const
{
    // The code e2e::startHub gives every hub it starts.
    return QStringLiteral("K7Q2");
}

QUrl HubProcess::joinLink() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/?room=%2").arg(m_port).arg(roomCode()));
}

bool HubProcess::exportRows(QList<e2e::Row>* rows, QString* error) const
{
    return e2e::exportCsv(
        dataDir(), QDir(dataDir()).filePath(QStringLiteral("export.csv")), rows, error);
}

} // namespace dp::test
