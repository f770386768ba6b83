#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace dp::sql {

/// Sets `*error` (if given) and returns false, so call sites can `return fail(error, ...)`.
bool fail(QString* error, const QString& message);

/// Runs a prepared query; on failure describes `what` together with SQLite's reason.
bool exec(QSqlQuery& query, const QString& what, QString* error);
/// Runs a single statement without parameters.
bool exec(const QSqlDatabase& db, const QString& statement, QString* error);

/// Timestamps are stored as UTC ISO 8601 with milliseconds, so text order is time order.
QString toStorage(const QDateTime& dateTime);
QDateTime dateTimeFromStorage(const QString& text);

/// A write transaction that rolls back unless committed.
///
/// It starts with BEGIN IMMEDIATE so that a read-modify-write (such as taking the next sequence
/// number) holds the write lock from the start, even if another connection shares the file.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begin(QString* error);
    bool commit(QString* error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace dp::sql
