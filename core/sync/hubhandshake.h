#pragma once

#include "sessionsnapshot.h"

#include <QObject>

#include <optional>

class QJsonObject;

namespace dp {

class AttendeeStateCache;
class ClientConnection;
class RatingStore;

/// What happens between a tablet's hello and sending answers: follow the hub's session state,
/// or, when the hub lost its data but this tablet holds answers of the workshop, give the hub
/// our session back. Decides when sending may begin and from which high-water mark.
class HubHandshake : public QObject
{
    Q_OBJECT

public:
    HubHandshake(AttendeeStateCache& state, RatingStore& ratings, ClientConnection& connection,
        QObject* parent = nullptr);

    /// The connection is gone or stopped: a new hello starts over.
    void reset();
    void handleWelcome(const QJsonObject& body);
    void handleState(const QJsonObject& body);
    /// The hub refused to take our session; follow the one it runs.
    void handleWrongSession();

signals:
    /// The hub and this tablet agree on the session: send everything above `hubMark`.
    void readyToSync(qint64 hubMark);
    /// We asked the hub to take over our session.
    void restoring();
    /// A new state is stored and is the current one now.
    void stateApplied();
    void failed(const QString& message);

private:
    void applyState(const SessionSnapshot& snapshot);
    void startSync(qint64 hubMark);

    AttendeeStateCache& m_state;
    RatingStore& m_ratings;
    ClientConnection& m_connection;
    /// A state for another session received while asking the hub to restore ours.
    std::optional<SessionSnapshot> m_deferredState;
    bool m_restoring = false;
    bool m_synced = false;
    std::optional<qint64> m_welcomeMark; ///< mark from a welcome that waits for its state
    QString m_welcomeSession;
};

} // namespace dp
