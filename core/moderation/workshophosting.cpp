#include "workshophosting.h"

#include "net/openfilelimit.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/sessionsyncstore.h"
#include "storage/sqlhelpers.h"
#include "sync/discoverybeacon.h"
#include "sync/hubrestore.h"
#include "sync/hubstatestore.h"
#include "sync/joinurl.h"
#include "sync/sessionhost.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrl>

namespace dp {

namespace {
QString lanAddress()
{
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address.toString();
    }
    return QStringLiteral("127.0.0.1");
}

// The same place as the app's link, for a browser (see docs/protocol.md, "join link").
QString webUrl(const JoinTarget& target)
{
    QUrl url(target.toUrl());
    url.setScheme(QStringLiteral("http"));
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

WorkshopHosting::WorkshopHosting(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

WorkshopHosting::~WorkshopHosting()
{
    stopRestore();
    stop();
}

bool WorkshopHosting::startRestore(const QHostAddress& address, quint16 port, QString* error)
{
    stop();
    stopRestore();
    auto restore = std::make_unique<HubRestore>(m_database);
    // The app's room codes were lost with the database: the tablets bring theirs.
    if (!restore->begin(QString(), error) || !restore->listen(address, port, error))
        return false;
    connect(restore.get(), &HubRestore::offersChanged, this, [this] {
        m_restoreOffers.setCandidates(
            m_restore ? m_restore->candidates() : QList<RestoreCandidate> {});
    });
    m_restore = std::move(restore);
    emit restoringChanged();
    return true;
}

void WorkshopHosting::stopRestore()
{
    if (!m_restore)
        return;
    // Reset before it is destroyed: its connections report their end on the way out.
    auto restore = std::move(m_restore);
    restore.reset();
    m_restoreOffers.setCandidates({});
    emit restoringChanged();
}

bool WorkshopHosting::restoreAndHost(const QString& sessionId, const QHostAddress& address,
    quint16 port, const QString& shownHost, bool announce, QString* error)
{
    if (!m_restore)
        return sql::fail(error, tr("Restoring from the tablets was not started."));
    if (!m_restore->restore(sessionId, error))
        return false;
    stopRestore();
    return start(sessionId, address, port, shownHost, announce, error);
}

QString WorkshopHosting::savedStateKey(const QString& sessionId)
{
    return QStringLiteral("hub_state:") + sessionId;
}

bool WorkshopHosting::isHosting() const
{
    return m_host && m_host->isListening();
}

QString WorkshopHosting::sessionId() const
{
    return m_host ? m_host->sessionId() : QString();
}

bool WorkshopHosting::prepareHubState(const QString& sessionId, QString* error)
{
    HubStateStore current(m_database);
    if (auto running = current.load(); running && running->session.id == sessionId)
        return true; // hosted last (perhaps until a crash): continue exactly there
    if (auto saved = HubStateStore(m_database, savedStateKey(sessionId)).load())
        return current.save(*saved, error);
    const auto session = SessionStore(m_database).session(sessionId);
    if (!session)
        return sql::fail(error, tr("This workshop no longer exists."));
    // Hosted for the first time: tablets may rate every statement right away.
    SessionSnapshot snapshot;
    snapshot.session = *session;
    snapshot.phase = SessionPhase::Rating;
    for (const Statement& statement : session->catalog.allStatements())
        snapshot.openStatements.append(statement.id);
    return current.save(snapshot, error);
}

QString WorkshopHosting::roomCodeFor(const QString& sessionId, QString* error)
{
    // A workshop keeps its room code for life: tablets that joined it find it again after the
    // moderator's app restarts.
    SessionSyncStore store(m_database);
    QString code = store.roomCode(sessionId);
    if (!code.isEmpty())
        return code;
    code = QString::number(100000 + QRandomGenerator::system()->bounded(900000));
    if (!store.setRoomCode(sessionId, code, error))
        return {};
    return code;
}

bool WorkshopHosting::start(const QString& sessionId, const QHostAddress& address, quint16 port,
    const QString& shownHost, bool announce, QString* error)
{
    stop();
    stopRestore();
    if (!prepareHubState(sessionId, error))
        return false;
    const QString roomCode = roomCodeFor(sessionId, error);
    if (roomCode.isEmpty())
        return false;
    auto host = std::make_unique<SessionHost>(m_database);
    host->setRoomCode(roomCode);
    const auto session = SessionStore(m_database).session(sessionId);
    if (!session || !host->openSession(session->title, session->catalog, session->groups, error))
        return false;
    if (host->sessionId() != sessionId) // the hub state must name exactly the chosen workshop
        return sql::fail(error, tr("The workshop's saved state could not be read."));
    if (host->phase() == phaseName(SessionPhase::Finished))
        host->setPhase(phaseName(SessionPhase::Rating)); // an ended workshop hosted again
    raiseOpenFileLimit();
    // A taken default port is no reason to fail: any free port works with the join link.
    if (!host->listen(address, port, error) && (port == 0 || !host->listen(address, 0, error)))
        return false;
    m_host = std::move(host);
    const JoinTarget target { shownHost.isEmpty() ? lanAddress() : shownHost,
        quint16(m_host->port()), m_host->roomCode() };
    m_joinUrl = target.toUrl();
    m_webJoinUrl = webUrl(target);
    if (announce) {
        m_beacon = std::make_unique<DiscoveryBeacon>();
        m_beacon->setTitle(m_host->title());
        m_beacon->setHubPort(quint16(m_host->port()));
        QString beaconError;
        if (!m_beacon->start(&beaconError))
            m_beacon.reset(); // tablets can still join with the link
    }
    emit hostingChanged();
    return true;
}

void WorkshopHosting::stop()
{
    if (!m_host)
        return;
    if (m_beacon)
        m_beacon->stop();
    m_beacon.reset();
    m_host->shutdown();
    QString error;
    HubStateStore(m_database, savedStateKey(m_host->sessionId())).save(m_host->snapshot(), &error);
    m_host.reset();
    m_joinUrl.clear();
    m_webJoinUrl.clear();
    emit hostingChanged();
}

void WorkshopHosting::end()
{
    if (m_host)
        m_host->setPhase(phaseName(SessionPhase::Finished)); // sent before the goodbye
    stop();
}

bool WorkshopHosting::forgetSession(Database& database, const QString& sessionId, QString* error)
{
    QStringList keys { savedStateKey(sessionId) };
    if (auto running = HubStateStore(database).load(); running && running->session.id == sessionId)
        keys.append(QStringLiteral("hub_state"));
    for (const QString& key : keys) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        query.addBindValue(key);
        if (!sql::exec(query, QStringLiteral("Forgetting the hub state"), error))
            return false;
    }
    return true;
}

} // namespace dp
