#include "hubrestore.h"

#include "messagesender.h"
#include "net/websocketconnection.h"
#include "restoredsessionwriter.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/sqlhelpers.h"

namespace dp {

using protocol::ErrorCode;

HubRestore::HubRestore(Database& database, QObject* parent)
    : HubRestore(database, Options {}, parent)
{
}

HubRestore::HubRestore(Database& database, const Options& options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_admission(m_devices, options)
{
    connect(&m_admission, &HubAdmission::admittedDevice, this, &HubRestore::onAdmitted);
    connect(&m_admission, &HubAdmission::messageReceived, this, &HubRestore::onMessage);
}

HubRestore::~HubRestore()
{
    shutdown();
}

bool HubRestore::begin(const QString& roomCode, QString* error)
{
    m_seal = SessionSeal::existingForDatabase(m_database.path(), error);
    if (!m_seal)
        return false;
    m_admission.setRoomCode(roomCode);
    m_admission.setAcceptAnyRoomCode(roomCode.isEmpty());
    return true;
}

bool HubRestore::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_seal)
        return sql::fail(error, QStringLiteral("Restore mode was not started."));
    QString cause;
    if (!m_admission.listen(address, port, &cause))
        return sql::fail(error, tr("Cannot listen on port %1: %2").arg(port).arg(cause));
    return true;
}

void HubRestore::shutdown()
{
    m_admission.close();
    m_admission.goodbye();
    m_offers.clear();
    refresh();
}

void HubRestore::onAdmitted(WebSocketConnection* socket, const QString&)
{
    // Forget the connection's offers when it is gone, whatever kind of connection it is.
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_offers.removeConnection(socket);
        refresh();
    });
    protocol::sendMessage(*socket, protocol::RestoreRequest {});
}

void HubRestore::onMessage(
    WebSocketConnection* socket, const QString& deviceId, const protocol::ToHub& message)
{
    if (const auto* offer = std::get_if<protocol::OfferSession>(&message)) {
        handleOffer(socket, *offer);
    } else if (const auto* ping = std::get_if<protocol::Ping>(&message)) {
        m_devices.markSeen(deviceId, ping->pending.value_or(-1));
        protocol::sendMessage(*socket, protocol::Pong {});
    } else if (const auto* answers = std::get_if<protocol::Answers>(&message)) {
        // Nothing is stored before the moderator chose the workshop; the answers stay on the
        // tablet and come again once it is hosted.
        for (const Rating& answer : answers->answers)
            protocol::sendMessage(*socket,
                protocol::Reject { answer.sequence, ErrorCode::WrongSession,
                    QStringLiteral("the hub is restoring a workshop and hosts none yet") });
    } else if (std::holds_alternative<protocol::ParticipantMessage>(message)) {
        protocol::sendMessage(*socket,
            protocol::Error { ErrorCode::WrongSession,
                QStringLiteral("the hub is restoring a workshop and hosts none yet"), false,
                std::nullopt });
    }
}

void HubRestore::handleOffer(WebSocketConnection* socket, const protocol::OfferSession& offer)
{
    const SessionRecord& session = offer.snapshot.session;
    if (!m_seal->verifies(session, offer.seal)) {
        const QString reason
            = QStringLiteral("the seal of session \"%1\" does not verify: this hub did not host "
                             "it, or it was changed")
                  .arg(session.id);
        protocol::sendMessage(
            *socket, protocol::Error { ErrorCode::WrongSession, reason, false, std::nullopt });
        emit offerRefused(reason);
        return;
    }
    // A workshop the database still holds is hosted from there; it is not restored over itself.
    if (SessionStore(m_database).session(session.id))
        return;
    m_offers.add(socket, offer, m_admission.roomCodeOf(socket));
    refresh();
}

void HubRestore::refresh()
{
    const QList<RestoreCandidate> candidates = m_offers.candidates();
    if (candidates == m_candidates)
        return;
    m_candidates = candidates;
    emit offersChanged();
}

bool HubRestore::restore(const QString& sessionId, QString* error)
{
    const auto restored = m_offers.session(sessionId);
    if (!restored)
        return sql::fail(
            error, tr("No tablet offers this workshop any more. Wait until one has joined."));
    if (!writeRestoredSession(m_database, *restored, error))
        return false;
    m_restoredRoomCode = restored->roomCode;
    shutdown();
    return true;
}

} // namespace dp
