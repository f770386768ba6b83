#include "hubhandshake.h"

#include "attendeestatecache.h"
#include "clientconnection.h"
#include "protocol.h"
#include "storage/ratingstore.h"
#include "syncclient.h"

#include <QJsonArray>

namespace dp {

HubHandshake::HubHandshake(
    AttendeeStateCache& state, RatingStore& ratings, ClientConnection& connection, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_ratings(ratings)
    , m_connection(connection)
{
}

void HubHandshake::reset()
{
    m_restoring = false;
    m_synced = false;
}

void HubHandshake::handleWelcome(const QJsonObject& body)
{
    m_synced = false;
    const QString hubSession = body.value(QLatin1String("sessionId")).toString();
    const qint64 mark = body.value(QLatin1String("highWater")).toInteger();
    const bool canRestore = body.value(QLatin1String("canRestore")).toBool();
    const std::optional<SessionSnapshot>& ours = m_state.snapshot();
    if (ours && hubSession == ours->session.id) {
        m_deferredState.reset();
        startSync(mark);
        return;
    }
    if (ours && canRestore && m_ratings.ratingCount(ours->session.id) > 0) {
        // The hub starts empty although we hold answers of our workshop: its data was lost.
        // Give it our session so every tablet can send everything again.
        m_restoring = true;
        emit restoring();
        m_connection.send(protocol::serialize(QStringLiteral("restore_session"),
            { { QStringLiteral("session"), sessionToJson(ours->session) },
                { QStringLiteral("phase"), phaseName(ours->phase) },
                { QStringLiteral("openStatements"),
                    QJsonArray::fromStringList(ours->openStatements) } }));
        return;
    }
    m_welcomeSession = hubSession;
    m_welcomeMark = mark;
}

void HubHandshake::handleState(const QJsonObject& body)
{
    QString error;
    auto received = SessionSnapshot::fromStateFields(body, &error);
    if (!received) {
        emit failed(
            SyncClient::tr("The workshop data from the moderator is invalid: %1").arg(error));
        return;
    }
    if (m_restoring && m_state.snapshot() && received->session.id != m_state.sessionId()) {
        m_deferredState = received;
        return;
    }
    applyState(*received);
}

void HubHandshake::handleWrongSession()
{
    if (!m_restoring)
        return;
    // The hub already runs another workshop: follow it, our old answers stay stored.
    m_restoring = false;
    if (m_deferredState) {
        const SessionSnapshot deferred = *m_deferredState;
        m_deferredState.reset();
        applyState(deferred);
    }
}

void HubHandshake::applyState(const SessionSnapshot& snapshot)
{
    QString error;
    const bool stored = m_state.apply(snapshot, &error);
    if (!error.isEmpty())
        emit failed(error);
    if (!stored)
        return;
    emit stateApplied();
    if (!m_synced && m_welcomeMark && m_welcomeSession == snapshot.session.id) {
        const qint64 mark = *m_welcomeMark;
        m_welcomeMark.reset();
        startSync(mark);
    }
}

void HubHandshake::startSync(qint64 hubMark)
{
    m_restoring = false;
    m_synced = true;
    emit readyToSync(hubMark);
}

} // namespace dp
