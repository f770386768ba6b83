#pragma once

#include "storage/records.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dp {

/// The hub's proof that it hosted a session: an HMAC-SHA256 of the session's canonical content
/// under a secret key kept in `hub.key` next to the hub's database (not inside it, so the key
/// outlives a lost or corrupt database). Only a session with a seal that verifies is restored.
class SessionSeal
{
public:
    /// Reads the key next to `databasePath`, creating it (owner-only) on first use.
    static std::optional<SessionSeal> forDatabase(const QString& databasePath, QString* error);
    /// Reads the key next to `databasePath` and never creates one: restoring a session needs the
    /// key of the hub that hosted it, a new key would verify nothing.
    static std::optional<SessionSeal> existingForDatabase(
        const QString& databasePath, QString* error);
    /// Where the key of the database at `databasePath` lives.
    static QString keyPath(const QString& databasePath);

    explicit SessionSeal(QByteArray key);

    /// Hex HMAC-SHA256 of canonicalContent(session).
    QString seal(const SessionRecord& session) const;
    bool verifies(const SessionRecord& session, const QString& seal) const;

    /// The compact JSON of the session as it travels, without the round (which moves on):
    /// id, title, date, createdAt, catalog and groups.
    static QByteArray canonicalContent(const SessionRecord& session);

private:
    QByteArray m_key;
};

} // namespace dp
