#pragma once

#include "messages.h"
#include "sessionsnapshot.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

class QObject;

namespace dp {

/// One workshop that tablets offered to a hub in restore mode, as the moderator sees it.
struct RestoreCandidate
{
    QString sessionId;
    QString title;
    QDate date;
    /// The answers the offering tablets hold, added up: each tablet holds only its own answers.
    qint64 answers = 0;
    /// How many connected tablets offered it.
    int tablets = 0;
    bool operator==(const RestoreCandidate&) const = default;
};

/// What a restored session starts from: the newest round any tablet knows (so no answer is
/// refused as "round not started"), the phase and open statements of a tablet in that round,
/// and the room code most of the offering tablets joined with.
struct RestoredSession
{
    SessionSnapshot snapshot;
    QString roomCode;
};

/// The verified offers of the tablets connected to a hub in restore mode, one per connection
/// and session. Seals are checked before an offer gets here (HubRestore).
class RestoreOffers
{
public:
    /// Takes `offer` from `connection`, which said hello with `roomCode`; the same session
    /// offered again on the same connection replaces the earlier offer.
    void add(
        const QObject* connection, const protocol::OfferSession& offer, const QString& roomCode);
    /// The connection is gone: its offers no longer count.
    void removeConnection(const QObject* connection);
    void clear() { m_offers.clear(); }

    /// One entry per offered session, newest date first (then by title).
    QList<RestoreCandidate> candidates() const;
    std::optional<RestoredSession> session(const QString& sessionId) const;

private:
    struct Offer
    {
        protocol::OfferSession offer;
        QString roomCode;
    };
    /// Per connection, its offers by session id.
    QHash<const QObject*, QHash<QString, Offer>> m_offers;
};

} // namespace dp
