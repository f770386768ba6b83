#include "sessionstore.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QtDebug>

namespace dp {

namespace {

constexpr int MaxIdLength = 64;

QString roleToString(SessionRecord::Role role)
{
    switch (role) {
    case SessionRecord::Role::Attendee:
        return QStringLiteral("attendee");
    case SessionRecord::Role::Moderator:
        return QStringLiteral("moderator");
    case SessionRecord::Role::Local:
        break;
    }
    return QStringLiteral("local");
}

SessionRecord::Role roleFromString(const QString& text)
{
    if (text == QLatin1String("attendee"))
        return SessionRecord::Role::Attendee;
    if (text == QLatin1String("moderator"))
        return SessionRecord::Role::Moderator;
    return SessionRecord::Role::Local;
}

QByteArray groupsToJson(const QList<Group>& groups)
{
    QJsonArray array;
    for (const Group& group : groups)
        array.append(QJsonObject {
            { QStringLiteral("id"), group.id }, { QStringLiteral("name"), group.name.toJson() } });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Group> groupsFromJson(const QByteArray& json)
{
    QList<Group> groups;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        Group group;
        group.id = object.value(QStringLiteral("id")).toString();
        group.name = LocalizedText::fromJson(object.value(QStringLiteral("name")), nullptr);
        groups.append(group);
    }
    return groups;
}

// 128 random bits from the system generator: unguessable and unrelated to person or device.
QString newPseudonym()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

bool validateSession(const SessionRecord& session, QString* error)
{
    if (session.id.isEmpty() || session.id.size() > MaxIdLength)
        return sql::fail(error,
            QStringLiteral("A session needs an id of at most %1 characters.").arg(MaxIdLength));
    if (session.title.trimmed().isEmpty())
        return sql::fail(error, QStringLiteral("A session needs a title."));
    if (!session.date.isValid())
        return sql::fail(error, QStringLiteral("A session needs a valid date."));
    if (session.catalog.statementCount() == 0)
        return sql::fail(error, QStringLiteral("The session's catalog has no statements."));
    if (session.currentRound < 1)
        return sql::fail(
            error, QStringLiteral("Rounds start at 1, not %1.").arg(session.currentRound));
    QSet<QString> ids;
    for (const Group& group : session.groups) {
        if (group.id.isEmpty() || group.id.size() > MaxIdLength || ids.contains(group.id))
            return sql::fail(error,
                QStringLiteral("Group ids must be unique and non-empty (\"%1\").").arg(group.id));
        ids.insert(group.id);
    }
    return true;
}

std::optional<SessionRecord> sessionFromQuery(const QSqlQuery& query)
{
    SessionRecord session;
    session.id = query.value(0).toString();
    session.title = query.value(1).toString();
    session.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    const auto parsed = Catalog::fromJson(query.value(3).toByteArray());
    if (!parsed.ok()) {
        qWarning() << "Stored catalog of session" << session.id << "is unreadable:" << parsed.error;
        return std::nullopt;
    }
    session.catalog = parsed.catalog;
    session.groups = groupsFromJson(query.value(4).toByteArray());
    session.currentRound = query.value(5).toInt();
    session.role = roleFromString(query.value(6).toString());
    session.createdAt = sql::dateTimeFromStorage(query.value(7).toString());
    return session;
}

const QString SessionColumns
    = QStringLiteral("id, title, date, catalog_json, groups_json, current_round, role, created_at");

Participant participantFromQuery(const QSqlQuery& query)
{
    return Participant { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), sql::dateTimeFromStorage(query.value(3).toString()) };
}

} // namespace

SessionStore::SessionStore(Database& database)
    : m_database(database)
{
}

std::optional<SessionRecord> SessionStore::createSession(const QString& title, const QDate& date,
    const Catalog& catalog, const QList<Group>& groups, SessionRecord::Role role, QString* error)
{
    SessionRecord session;
    session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.title = title.trimmed();
    session.date = date;
    session.catalog = catalog;
    session.groups = groups;
    session.role = role;
    session.createdAt = QDateTime::currentDateTimeUtc();
    if (!insertSession(session, error))
        return std::nullopt;
    return session;
}

// A session arriving again (e.g. the moderator resends it) may change its title, date, groups
// and round, never its catalog: ratings already refer to that snapshot.
bool SessionStore::insertSession(const SessionRecord& session, QString* error)
{
    if (!validateSession(session, error))
        return false;
    if (const auto existing = this->session(session.id)) {
        if (existing->catalog != session.catalog)
            return sql::fail(error,
                QStringLiteral("Session %1 already exists with a different "
                               "catalog; a session's catalog never changes.")
                    .arg(session.id));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date,"
        " groups_json = excluded.groups_json, current_round = excluded.current_round")
                      .arg(SessionColumns));
    query.addBindValue(session.id);
    query.addBindValue(session.title);
    query.addBindValue(session.date.toString(Qt::ISODate));
    query.addBindValue(QString::fromUtf8(session.catalog.toJson()));
    query.addBindValue(QString::fromUtf8(groupsToJson(session.groups)));
    query.addBindValue(session.currentRound);
    query.addBindValue(roleToString(session.role));
    query.addBindValue(sql::toStorage(
        session.createdAt.isValid() ? session.createdAt : QDateTime::currentDateTimeUtc()));
    return sql::exec(query, QStringLiteral("Saving the session"), error);
}

std::optional<SessionRecord> SessionStore::session(const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(SessionColumns));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sessionFromQuery(query);
}

QList<SessionRecord> SessionStore::sessions() const
{
    QList<SessionRecord> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM sessions ORDER BY created_at DESC, rowid DESC")
                        .arg(SessionColumns)))
        return result;
    while (query.next()) {
        if (auto session = sessionFromQuery(query))
            result.append(*session);
    }
    return result;
}

// Asked at every start-up to offer "continue"; reads only one row so only one catalog is parsed.
std::optional<SessionRecord> SessionStore::latestSession() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM sessions ORDER BY created_at DESC, rowid DESC"
                                   " LIMIT 1")
                        .arg(SessionColumns))
        || !query.next())
        return std::nullopt;
    return sessionFromQuery(query);
}

bool SessionStore::setCurrentRound(const QString& sessionId, int round, QString* error)
{
    if (round < 1)
        return sql::fail(error, QStringLiteral("Rounds start at 1, not %1.").arg(round));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sessions SET current_round = ? WHERE id = ?"));
    query.addBindValue(round);
    query.addBindValue(sessionId);
    if (!sql::exec(query, QStringLiteral("Changing the round"), error))
        return false;
    if (query.numRowsAffected() != 1)
        return sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
    return true;
}

std::optional<Participant> SessionStore::createParticipant(
    const QString& sessionId, const QString& groupId, QString* error)
{
    const Participant participant { sessionId, newPseudonym(), groupId,
        QDateTime::currentDateTimeUtc() };
    if (!upsertParticipant(participant, error))
        return std::nullopt;
    return participant;
}

bool SessionStore::upsertParticipant(const Participant& participant, QString* error)
{
    if (participant.pseudonym.isEmpty() || participant.pseudonym.size() > MaxIdLength)
        return sql::fail(
            error, QStringLiteral("A pseudonym must have 1 to %1 characters.").arg(MaxIdLength));
    const auto owner = session(participant.sessionId);
    if (!owner)
        return sql::fail(error, QStringLiteral("Unknown session %1.").arg(participant.sessionId));
    if (!participant.groupId.isEmpty()
        && std::none_of(owner->groups.cbegin(), owner->groups.cend(),
            [&](const Group& group) { return group.id == participant.groupId; }))
        return sql::fail(error,
            QStringLiteral("Unknown group %1 in session %2.")
                .arg(participant.groupId, participant.sessionId));

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO participants (session_id, pseudonym, group_id, created_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (session_id, pseudonym) DO UPDATE SET group_id ="
        " CASE WHEN excluded.group_id <> '' THEN excluded.group_id ELSE group_id END"));
    query.addBindValue(participant.sessionId);
    query.addBindValue(participant.pseudonym);
    query.addBindValue(
        participant.groupId.isEmpty() ? QStringLiteral("") : participant.groupId); // never NULL
    query.addBindValue(sql::toStorage(
        participant.createdAt.isValid() ? participant.createdAt : QDateTime::currentDateTimeUtc()));
    return sql::exec(query, QStringLiteral("Saving the participant"), error);
}

std::optional<Participant> SessionStore::participant(
    const QString& sessionId, const QString& pseudonym) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT session_id, pseudonym, group_id, created_at"
                                 " FROM participants WHERE session_id = ? AND pseudonym = ?"));
    query.addBindValue(sessionId);
    query.addBindValue(pseudonym);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return participantFromQuery(query);
}

QList<Participant> SessionStore::participants(const QString& sessionId) const
{
    QList<Participant> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT session_id, pseudonym, group_id, created_at"
                                 " FROM participants WHERE session_id = ?"
                                 " ORDER BY created_at, rowid"));
    query.addBindValue(sessionId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(participantFromQuery(query));
    return result;
}

} // namespace dp
