#include "hubstatestore.h"

#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dp {

HubStateStore::HubStateStore(Database& database, const QString& key)
    : m_database(database)
    , m_key(key)
{
}

std::optional<SessionSnapshot> HubStateStore::load() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(m_key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonObject state = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    SessionStore sessions(m_database);
    auto session = sessions.session(state.value(QLatin1String("sessionId")).toString());
    if (!session)
        return std::nullopt;
    SessionSnapshot snapshot;
    snapshot.session = *session;
    if (!phaseFromName(state.value(QLatin1String("phase")).toString(), &snapshot.phase))
        snapshot.phase = SessionPhase::Rating;
    for (const QJsonValue& value : state.value(QLatin1String("open")).toArray()) {
        if (session->catalog.statement(value.toString()))
            snapshot.openStatements.append(value.toString());
    }
    return snapshot;
}

bool HubStateStore::save(const SessionSnapshot& snapshot, QString* error)
{
    const QJsonObject state { { QStringLiteral("sessionId"), snapshot.session.id },
        { QStringLiteral("phase"), phaseName(snapshot.phase) },
        { QStringLiteral("open"), QJsonArray::fromStringList(snapshot.openStatements) } };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(m_key);
    query.addBindValue(QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    if (!sql::exec(query, QStringLiteral("Saving the hub state"), error))
        return false;
    SessionStore sessions(m_database);
    return sessions.setCurrentRound(snapshot.session.id, snapshot.session.currentRound, error);
}

qint64 HubStateStore::answerCount(const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace dp
