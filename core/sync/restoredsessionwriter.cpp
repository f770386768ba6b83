#include "restoredsessionwriter.h"

#include "hubstatestore.h"
#include "restoreoffers.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/sessionsyncstore.h"
#include "storage/sqlhelpers.h"

namespace dp {

bool writeRestoredSession(Database& database, const RestoredSession& restored, QString* error)
{
    SessionRecord session = restored.snapshot.session;
    SessionStore sessions(database);
    if (sessions.session(session.id))
        return sql::fail(error,
            QStringLiteral("The workshop \"%1\" is still in this hub's database; it is hosted "
                           "from there, not restored.")
                .arg(session.title));
    session.role = SessionRecord::Role::Moderator;
    SessionSnapshot snapshot = restored.snapshot;
    snapshot.session = session;
    sql::Transaction transaction(database.connection());
    if (!transaction.begin(error) || !sessions.insertSession(session, error))
        return false;
    if (!restored.roomCode.isEmpty()
        && !SessionSyncStore(database).setRoomCode(session.id, restored.roomCode, error))
        return false;
    return HubStateStore(database).save(snapshot, error) && transaction.commit(error);
}

} // namespace dp
