#pragma once

#include <QString>

namespace dp {

class Database;
struct RestoredSession;

/// Stores a session the tablets gave back to the hub that lost it, in one transaction: the
/// session as the moderator's (catalog snapshot and groups as sealed), its room code and the hub
/// state to continue from, so the ordinary hosting path picks it up. The answers come later,
/// through the tablets' own resend. A session the database still holds is refused and left as it
/// is: restoring never replaces anything.
bool writeRestoredSession(Database& database, const RestoredSession& restored, QString* error);

} // namespace dp
