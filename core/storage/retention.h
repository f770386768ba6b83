#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace dp {

class Database;

/// An optional retention period: sessions whose workshop lies further back are deleted for good.
class Retention
{
public:
    explicit Retention(Database& database);

    /// Deletes (see SessionDeletion) every session dated before `today` minus `days`; a session
    /// exactly `days` old is kept. Returns the ids deleted, or nothing with `error` set. `days`
    /// must be at least 1, so a wrong setting cannot wipe today's workshop.
    std::optional<QStringList> deleteSessionsOlderThan(
        int days, QString* error, const QDate& today = QDate::currentDate());
    /// The ids deleteSessionsOlderThan would delete, oldest first, without deleting anything
    /// (for callers that must clean up their own records of those sessions first).
    std::optional<QStringList> expiredSessions(
        int days, QString* error, const QDate& today = QDate::currentDate()) const;

private:
    Database& m_database;
};

} // namespace dp
