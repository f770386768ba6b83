#include "sqlhelpers.h"

#include <QSqlError>

namespace dp::sql {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool exec(QSqlQuery& query, const QString& what, QString* error)
{
    if (query.exec())
        return true;
    return fail(error, QStringLiteral("%1 failed: %2").arg(what, query.lastError().text()));
}

bool exec(const QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    return fail(error,
        QStringLiteral("SQL statement failed: %1 (%2)")
            .arg(query.lastError().text(), statement.simplified().left(120)));
}

QString toStorage(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateTimeFromStorage(const QString& text)
{
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dateTime.toUTC();
}

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::begin(QString* error)
{
    if (!exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    m_active = true;
    return true;
}

bool Transaction::commit(QString* error)
{
    if (!exec(m_db, QStringLiteral("COMMIT"), error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace dp::sql
