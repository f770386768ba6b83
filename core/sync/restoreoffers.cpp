#include "restoreoffers.h"

#include <QMap>

#include <algorithm>

namespace dp {

void RestoreOffers::add(
    const QObject* connection, const protocol::OfferSession& offer, const QString& roomCode)
{
    m_offers[connection].insert(offer.snapshot.session.id, Offer { offer, roomCode });
}

void RestoreOffers::removeConnection(const QObject* connection)
{
    m_offers.remove(connection);
}

QList<RestoreCandidate> RestoreOffers::candidates() const
{
    QMap<QString, RestoreCandidate> bySession;
    for (const auto& offers : m_offers) {
        for (const Offer& entry : offers) {
            const SessionRecord& session = entry.offer.snapshot.session;
            RestoreCandidate& candidate = bySession[session.id];
            candidate.sessionId = session.id;
            candidate.title = session.title;
            candidate.date = session.date;
            candidate.answers += entry.offer.answers;
            ++candidate.tablets;
        }
    }
    QList<RestoreCandidate> result = bySession.values();
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.title < b.title;
    });
    return result;
}

std::optional<RestoredSession> RestoreOffers::session(const QString& sessionId) const
{
    std::optional<RestoredSession> result;
    QHash<QString, int> roomCodes;
    for (const auto& offers : m_offers) {
        const auto it = offers.constFind(sessionId);
        if (it == offers.cend())
            continue;
        ++roomCodes[it->roomCode];
        const SessionSnapshot& snapshot = it->offer.snapshot;
        if (!result || snapshot.session.currentRound > result->snapshot.session.currentRound)
            result = RestoredSession { snapshot, {} };
    }
    if (!result)
        return std::nullopt;
    int most = 0;
    for (auto it = roomCodes.cbegin(); it != roomCodes.cend(); ++it) {
        // Ties go to the smaller code, so the choice does not depend on hash order.
        if (it.value() > most || (it.value() == most && it.key() < result->roomCode)) {
            most = it.value();
            result->roomCode = it.key();
        }
    }
    return result;
}

} // namespace dp
