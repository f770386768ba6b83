#include "sessionsnapshot.h"

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dp {

QString phaseName(SessionPhase phase)
{
    switch (phase) {
    case SessionPhase::Lobby:
        return QStringLiteral("lobby");
    case SessionPhase::Rating:
        return QStringLiteral("rating");
    case SessionPhase::Discussion:
        return QStringLiteral("discussion");
    case SessionPhase::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

bool phaseFromName(const QString& name, SessionPhase* phase)
{
    for (SessionPhase candidate : { SessionPhase::Lobby, SessionPhase::Rating,
             SessionPhase::Discussion, SessionPhase::Finished }) {
        if (phaseName(candidate) == name) {
            *phase = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject sessionToJson(const SessionRecord& session)
{
    QJsonArray groups;
    for (const Group& group : session.groups)
        groups.append(QJsonObject {
            { QStringLiteral("id"), group.id }, { QStringLiteral("name"), group.name.toJson() } });
    return { { QStringLiteral("id"), session.id }, { QStringLiteral("title"), session.title },
        { QStringLiteral("date"), session.date.toString(Qt::ISODate) },
        { QStringLiteral("createdAt"), session.createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("currentRound"), session.currentRound },
        { QStringLiteral("catalog"), session.catalog.toJsonObject() },
        { QStringLiteral("groups"), groups } };
}

std::optional<SessionRecord> sessionFromJson(const QJsonObject& object, QString* error)
{
    SessionRecord session;
    session.id = object.value(QLatin1String("id")).toString();
    session.title = object.value(QLatin1String("title")).toString();
    session.date = QDate::fromString(object.value(QLatin1String("date")).toString(), Qt::ISODate);
    session.createdAt = QDateTime::fromString(
        object.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    session.currentRound = int(
        protocol::exactInteger(object.value(QLatin1String("currentRound")), 1, protocol::MaxRound)
            .value_or(0));
    if (session.id.isEmpty() || session.id.size() > 64) {
        *error = QStringLiteral("session: \"id\" must be a string of 1..64 characters");
        return std::nullopt;
    }
    if (session.title.size() > 200) {
        *error = QStringLiteral("session: \"title\" is too long");
        return std::nullopt;
    }
    if (session.currentRound < 1 || session.currentRound > 99) {
        *error = QStringLiteral("session: \"currentRound\" must be within 1..99");
        return std::nullopt;
    }
    const QJsonValue catalogValue = object.value(QLatin1String("catalog"));
    if (!catalogValue.isObject()) {
        *error = QStringLiteral("session: \"catalog\" must be an object");
        return std::nullopt;
    }
    auto parsed = Catalog::fromJson(QJsonDocument(catalogValue.toObject()).toJson());
    if (!parsed.ok()) {
        *error = QStringLiteral("session catalog: %1").arg(parsed.error);
        return std::nullopt;
    }
    session.catalog = parsed.catalog;
    const QJsonValue groupsValue = object.value(QLatin1String("groups"));
    if (!groupsValue.isUndefined() && !groupsValue.isArray()) {
        *error = QStringLiteral("session: \"groups\" must be an array");
        return std::nullopt;
    }
    for (const QJsonValue& value : groupsValue.toArray()) {
        const QJsonObject groupObject = value.toObject();
        Group group;
        group.id = groupObject.value(QLatin1String("id")).toString();
        QString nameError;
        group.name = LocalizedText::fromJson(groupObject.value(QLatin1String("name")), &nameError);
        if (group.id.isEmpty() || group.id.size() > 64 || !nameError.isEmpty()) {
            *error = QStringLiteral("session: every group needs an \"id\" and a \"name\"");
            return std::nullopt;
        }
        session.groups.append(group);
    }
    session.role = SessionRecord::Role::Attendee;
    return session;
}

} // namespace dp
