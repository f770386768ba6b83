#pragma once

#include "e2esupport.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace dp::test {

/// The real hub for the web client's end-to-end tests: `dialogpunkte-cli hub` as its own
/// process on 127.0.0.1, with a data folder that outlives restarts of the process. The page and
/// the protocol come from the same port, as on a workshop's network.
class HubProcess
{
public:
    HubProcess();
    ~HubProcess();
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    /// Starts the hub (again: on the same port and data folder) and waits until it listens.
    bool start(QString* error);
    /// SIGKILL: the process dies mid-write, as when the moderator's laptop loses power.
    bool kill();
    /// SIGSTOP / SIGCONT: the hub stays connected but silent, as behind a Wi-Fi that is gone.
    bool pause();
    bool resume();
    /// SIGTERM and a clean exit.
    bool stop(QString* error);
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir.path(); }
    QString roomCode() const;
    /// The link the moderator's QR code encodes: http://127.0.0.1:PORT/?room=CODE
    QUrl joinLink() const;

    /// The hub's export of its data folder (the raw rows: one per current answer). The hub
    /// must be stopped first.
    bool exportRows(QList<e2e::Row>* rows, QString* error) const;

private:
    QTemporaryDir m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace dp::test
