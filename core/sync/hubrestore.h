#pragma once

#include "devicelistmodel.h"
#include "hubadmission.h"
#include "restoreoffers.h"
#include "sessionseal.h"

#include <QHostAddress>
#include <QObject>

#include <optional>

namespace dp {

class Database;

/// The hub's restore mode, only when the moderator asks for it: a hub that lost its database
/// (but kept its key `hub.key`) asks every tablet that joins for the sessions it holds
/// (`restore_request`), keeps the offers whose seal verifies with this hub's key — workshops
/// this hub hosted — and, on the moderator's choice, stores that session so the ordinary hosting
/// continues it. The answers come back through the tablets' own resend once it is hosted.
/// An offer that does not verify is refused and changes nothing. Nothing else is accepted here:
/// answers and participants wait on the tablets.
class HubRestore : public QObject
{
    Q_OBJECT

public:
    using Options = HubAdmission::Options;

    explicit HubRestore(Database& database, QObject* parent = nullptr);
    HubRestore(Database& database, const Options& options, QObject* parent = nullptr);
    ~HubRestore() override;

    /// Reads this hub's key, never creating one. With an empty `roomCode` every room code is let
    /// in (the app's room codes were lost with the database) and the restored session keeps the
    /// code most of its tablets joined with.
    bool begin(const QString& roomCode, QString* error);
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    /// Stops accepting and sends the tablets away; they come back to the hub that hosts next.
    void shutdown();
    bool isListening() const { return m_admission.isListening(); }
    int port() const { return m_admission.port(); }

    /// The verified offers, one per workshop (see RestoreOfferModel for the moderator's list).
    QList<RestoreCandidate> candidates() const { return m_candidates; }

    /// Stores the offered session `sessionId` (catalog, groups, room code, phase) and shuts down.
    /// False with `error` when no tablet offers it (any more) or it cannot be stored.
    bool restore(const QString& sessionId, QString* error);
    /// The room code the restored session keeps (after restore()).
    QString restoredRoomCode() const { return m_restoredRoomCode; }

signals:
    void offersChanged();
    /// An offer was refused (its seal does not verify); `reason` says why, for the log.
    void offerRefused(const QString& reason);

private:
    void onAdmitted(WebSocketConnection* socket, const QString& deviceId);
    void onMessage(
        WebSocketConnection* socket, const QString& deviceId, const protocol::ToHub& message);
    void handleOffer(WebSocketConnection* socket, const protocol::OfferSession& offer);
    void refresh();

    Database& m_database;
    std::optional<SessionSeal> m_seal;
    DeviceListModel m_devices; ///< the admission's bookkeeping; not shown in restore mode
    RestoreOffers m_offers;
    QList<RestoreCandidate> m_candidates;
    QString m_restoredRoomCode;
    /// Last, so it (and its connections, which report to m_offers when destroyed) goes first.
    HubAdmission m_admission;
};

} // namespace dp
