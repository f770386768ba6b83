#pragma once

#include "sync/restoreoffermodel.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace dp {

class Database;
class DiscoveryBeacon;
class HubRestore;
class SessionHost;

/// Hosts one prepared workshop of the moderator's database: hands the session host the state
/// to continue, listens for tablets and announces the workshop on the local network.
///
/// All workshops share one database, but the session host continues only the session named in
/// the meta key "hub_state". So before hosting, that key is pointed at the chosen session, and
/// when hosting stops the state is kept under "hub_state:<session id>" as well: a workshop
/// hosted again later continues with its own round, phase and open statements.
class WorkshopHosting : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 47800;

    explicit WorkshopHosting(Database& database, QObject* parent = nullptr);
    ~WorkshopHosting() override;

    /// Hosts the stored session on `address:port`; a taken port falls back to any free one.
    /// `shownHost` goes into the join link (empty: this device's LAN address). `announce`
    /// starts the discovery beacon. False with `error` set; nothing hosted then.
    bool start(const QString& sessionId, const QHostAddress& address, quint16 port,
        const QString& shownHost, bool announce, QString* error);
    /// Commits what is queued, says goodbye to the tablets and remembers the session's state.
    void stop();
    /// Tells the tablets the workshop has finished, then stops. Hosted again, it is open again.
    void end();

    bool isHosting() const;
    SessionHost* host() const { return m_host.get(); }
    QString sessionId() const;
    /// The app's link, dialogpunkte://HOST:PORT/?room=CODE; empty while nothing is hosted.
    QString joinUrl() const { return m_joinUrl; }
    /// The browser's link, http://HOST:PORT/?room=CODE (what the QR code shows).
    QString webJoinUrl() const { return m_webJoinUrl; }
    Database& database() const { return m_database; }

    /// Restore mode, for a moderator whose database was lost (the hub key next to it is still
    /// there): tablets that come to `address:port` offer the workshops they hold; only those this
    /// hub hosted are listed in restoreOffers(). The port is not changed when it is taken: the
    /// tablets look for the hub where it was. False with `error` set.
    bool startRestore(const QHostAddress& address, quint16 port, QString* error);
    void stopRestore();
    bool isRestoring() const { return m_restore != nullptr; }
    RestoreOfferModel* restoreOffers() { return &m_restoreOffers; }
    /// Stores the offered workshop `sessionId` and hosts it like any other (see start()); the
    /// tablets then send their answers again.
    bool restoreAndHost(const QString& sessionId, const QHostAddress& address, quint16 port,
        const QString& shownHost, bool announce, QString* error);

    /// The meta key under which a session's hub state is kept while it is not hosted.
    static QString savedStateKey(const QString& sessionId);
    /// Removes the hub states that name the session (before it is deleted for good).
    static bool forgetSession(Database& database, const QString& sessionId, QString* error);

signals:
    void hostingChanged();
    void restoringChanged();

private:
    bool prepareHubState(const QString& sessionId, QString* error);
    /// The workshop's room code, drawn and stored the first time it is hosted.
    QString roomCodeFor(const QString& sessionId, QString* error);

    Database& m_database;
    std::unique_ptr<SessionHost> m_host;
    std::unique_ptr<DiscoveryBeacon> m_beacon;
    std::unique_ptr<HubRestore> m_restore;
    RestoreOfferModel m_restoreOffers;
    QString m_joinUrl;
    QString m_webJoinUrl;
};

} // namespace dp
