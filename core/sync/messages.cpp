#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dp::protocol {

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

/// Only called on fields the schema already checked, so the range always holds.
qint64 integer(const QJsonObject& object, const char* key)
{
    return exactInteger(object.value(QLatin1String(key)), -MaxSequence, MaxSequence).value_or(0);
}

template <typename Message> Decoded<Message> failure(ErrorCode code, const QString& reason)
{
    Decoded<Message> result;
    result.error = code;
    result.errorText = reason;
    return result;
}

/// Size, JSON syntax and the schema of the message's type; the object when all pass.
std::optional<QJsonObject> checkFrame(
    const QByteArray& frame, Direction direction, ErrorCode* code, QString* reason, QString* type)
{
    const qint64 limit = direction == Direction::ToHub ? MaxClientMessageBytes : MaxHubMessageBytes;
    if (frame.size() > limit) {
        *code = ErrorCode::TooLarge;
        *reason = QStringLiteral("message of %1 bytes exceeds the limit of %2 bytes")
                      .arg(frame.size())
                      .arg(limit);
        return std::nullopt;
    }
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *code = ErrorCode::BadJson;
        *reason = QStringLiteral("malformed JSON at offset %1: %2")
                      .arg(jsonError.offset)
                      .arg(jsonError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *code = ErrorCode::BadJson;
        *reason = QStringLiteral("a message must be a JSON object");
        return std::nullopt;
    }
    const SchemaCheck check = checkSchema(document.object(), direction);
    if (!check.ok()) {
        *code = check.error;
        *reason = check.errorText;
        return std::nullopt;
    }
    *type = check.type;
    return document.object();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& element : value.toArray())
        result.append(element.toString());
    return result;
}

/// The session, phase and open statements of a state or an offer; every open statement must
/// be in the session's catalog.
std::optional<SessionSnapshot> snapshotFrom(
    const QJsonObject& object, const char* where, QString* error)
{
    auto session = sessionFromJson(object.value(QLatin1String("session")).toObject(), error);
    if (!session)
        return std::nullopt;
    SessionSnapshot snapshot;
    snapshot.session = *session;
    phaseFromName(text(object, "phase"), &snapshot.phase); // the schema allows only known names
    for (const QString& id : stringList(object.value(QLatin1String("openStatements")))) {
        if (!snapshot.session.catalog.statement(id)) {
            *error = QStringLiteral("%1: open statement \"%2\" is not in the catalog")
                         .arg(QLatin1String(where), id.left(MaxIdLength));
            return std::nullopt;
        }
        if (!snapshot.openStatements.contains(id))
            snapshot.openStatements.append(id);
    }
    return snapshot;
}

QJsonObject snapshotFields(const SessionSnapshot& snapshot)
{
    return { { QStringLiteral("session"), sessionToJson(snapshot.session) },
        { QStringLiteral("phase"), phaseName(snapshot.phase) },
        { QStringLiteral("openStatements"), QJsonArray::fromStringList(snapshot.openStatements) } };
}

std::optional<ErrorCode> codeFrom(const QJsonObject& object, QString* error)
{
    const auto code = errorCodeFromName(text(object, "code"));
    if (!code)
        *error = QStringLiteral("unknown error code \"%1\"").arg(text(object, "code").left(64));
    return code;
}

// --- device -> hub -------------------------------------------------------------------------

QJsonObject fields(const Hello& hello)
{
    QJsonObject object { { QStringLiteral("roomCode"), hello.roomCode },
        { QStringLiteral("client"), clientKindName(hello.client) } };
    if (!hello.sessionId.isEmpty()) {
        object.insert(QStringLiteral("sessionId"), hello.sessionId);
        if (!hello.deviceId.isEmpty())
            object.insert(QStringLiteral("deviceId"), hello.deviceId);
    }
    return object;
}

QJsonObject fields(const ParticipantMessage& participant)
{
    QJsonObject object { { QStringLiteral("sessionId"), participant.sessionId },
        { QStringLiteral("pseudonym"), participant.pseudonym } };
    if (!participant.groupId.isEmpty())
        object.insert(QStringLiteral("groupId"), participant.groupId);
    return object;
}

QJsonObject fields(const Answers& answers)
{
    QJsonArray list;
    for (const Rating& rating : answers.answers)
        list.append(QJsonObject { { QStringLiteral("sessionId"), rating.sessionId },
            { QStringLiteral("round"), rating.round },
            { QStringLiteral("statementId"), rating.statementId },
            { QStringLiteral("pseudonym"), rating.pseudonym },
            { QStringLiteral("answer"), rating.answer },
            { QStringLiteral("sequence"), rating.sequence } });
    return { { QStringLiteral("batch"), answers.batch }, { QStringLiteral("answers"), list } };
}

QJsonObject fields(const Ping& ping)
{
    if (!ping.pending)
        return {};
    return { { QStringLiteral("pending"), *ping.pending } };
}

QJsonObject fields(const OfferSession& offer)
{
    QJsonObject object = snapshotFields(offer.snapshot);
    object.insert(QStringLiteral("seal"), offer.seal);
    object.insert(QStringLiteral("answers"), offer.answers);
    return object;
}

// --- hub -> device -------------------------------------------------------------------------

QJsonObject fields(const Welcome& welcome)
{
    return { { QStringLiteral("sessionId"), welcome.sessionId },
        { QStringLiteral("deviceId"), welcome.deviceId },
        { QStringLiteral("highWater"), welcome.highWater },
        { QStringLiteral("heartbeatMs"), welcome.heartbeatMs } };
}

QJsonObject fields(const State& state)
{
    QJsonObject object = snapshotFields(state.snapshot);
    object.insert(QStringLiteral("round"), state.snapshot.session.currentRound);
    object.insert(QStringLiteral("seal"), state.seal);
    return object;
}

QJsonObject fields(const Ack& ack)
{
    QJsonArray sequences;
    for (const qint64 sequence : ack.sequences)
        sequences.append(sequence);
    QJsonObject object { { QStringLiteral("sequences"), sequences },
        { QStringLiteral("highWater"), ack.highWater } };
    if (ack.batch)
        object.insert(QStringLiteral("batch"), *ack.batch);
    return object;
}

QJsonObject fields(const Reject& reject)
{
    return { { QStringLiteral("sequence"), reject.sequence },
        { QStringLiteral("code"), errorCodeName(reject.code) },
        { QStringLiteral("message"), reject.message.left(MaxText) } };
}

QJsonObject fields(const Error& error)
{
    QJsonObject object { { QStringLiteral("code"), errorCodeName(error.code) },
        { QStringLiteral("message"), error.message.left(MaxText) },
        { QStringLiteral("fatal"), error.fatal } };
    if (error.retryAfterMs)
        object.insert(QStringLiteral("retryAfterMs"), *error.retryAfterMs);
    return object;
}

QJsonObject fields(const Pong&)
{
    return {};
}

QJsonObject fields(const RestoreRequest&)
{
    return {};
}

template <typename Variant> QByteArray encodeVariant(const Variant& message)
{
    return std::visit(
        [](const auto& typed) {
            QJsonObject object = fields(typed);
            object.insert(QStringLiteral("v"), Version);
            object.insert(QStringLiteral("type"), QLatin1String(typed.Type));
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        },
        message);
}

std::optional<ToHub> toHubFrom(const QString& type, const QJsonObject& object, QString* error)
{
    if (type == QLatin1String(Hello::Type)) {
        Hello hello { text(object, "roomCode"), ClientKind::App, text(object, "sessionId"),
            text(object, "deviceId") };
        if (text(object, "client") == clientKindName(ClientKind::Web))
            hello.client = ClientKind::Web;
        return hello;
    }
    if (type == QLatin1String(ParticipantMessage::Type))
        return ParticipantMessage { text(object, "sessionId"), text(object, "pseudonym"),
            text(object, "groupId") };
    if (type == QLatin1String(Answers::Type)) {
        Answers answers;
        answers.batch = integer(object, "batch");
        for (const QJsonValue& value : object.value(QLatin1String("answers")).toArray()) {
            const QJsonObject answer = value.toObject();
            Rating rating;
            rating.sessionId = text(answer, "sessionId");
            rating.round = int(integer(answer, "round"));
            rating.statementId = text(answer, "statementId");
            rating.pseudonym = text(answer, "pseudonym");
            rating.answer = int(integer(answer, "answer"));
            rating.sequence = integer(answer, "sequence");
            answers.answers.append(rating);
        }
        return answers;
    }
    if (type == QLatin1String(Ping::Type)) {
        Ping ping;
        if (object.contains(QLatin1String("pending")))
            ping.pending = int(integer(object, "pending"));
        return ping;
    }
    if (type == QLatin1String(OfferSession::Type)) {
        auto snapshot = snapshotFrom(object, OfferSession::Type, error);
        if (!snapshot)
            return std::nullopt;
        return OfferSession { *snapshot, text(object, "seal"), integer(object, "answers") };
    }
    *error = QStringLiteral("unknown message type \"%1\"").arg(type);
    return std::nullopt;
}

std::optional<ToDevice> toDeviceFrom(const QString& type, const QJsonObject& object, QString* error)
{
    if (type == QLatin1String(Welcome::Type))
        return Welcome { text(object, "sessionId"), text(object, "deviceId"),
            integer(object, "highWater"), int(integer(object, "heartbeatMs")) };
    if (type == QLatin1String(State::Type)) {
        auto snapshot = snapshotFrom(object, State::Type, error);
        if (!snapshot)
            return std::nullopt;
        snapshot->session.currentRound = int(integer(object, "round"));
        return State { *snapshot, text(object, "seal") };
    }
    if (type == QLatin1String(Ack::Type)) {
        Ack ack;
        if (object.contains(QLatin1String("batch")))
            ack.batch = integer(object, "batch");
        for (const QJsonValue& value : object.value(QLatin1String("sequences")).toArray())
            ack.sequences.append(exactInteger(value, -MaxSequence, MaxSequence).value_or(0));
        ack.highWater = integer(object, "highWater");
        return ack;
    }
    if (type == QLatin1String(Reject::Type)) {
        const auto code = codeFrom(object, error);
        if (!code)
            return std::nullopt;
        return Reject { integer(object, "sequence"), *code, text(object, "message") };
    }
    if (type == QLatin1String(Error::Type)) {
        const auto code = codeFrom(object, error);
        if (!code)
            return std::nullopt;
        Error result { *code, text(object, "message"),
            object.value(QLatin1String("fatal")).toBool(), std::nullopt };
        if (object.contains(QLatin1String("retryAfterMs")))
            result.retryAfterMs = integer(object, "retryAfterMs");
        return result;
    }
    if (type == QLatin1String(Pong::Type))
        return Pong {};
    if (type == QLatin1String(RestoreRequest::Type))
        return RestoreRequest {};
    *error = QStringLiteral("unknown message type \"%1\"").arg(type);
    return std::nullopt;
}

template <typename Message, typename Build>
Decoded<Message> decode(const QByteArray& frame, Direction direction, Build build)
{
    ErrorCode code = ErrorCode::None;
    QString reason;
    QString type;
    const auto object = checkFrame(frame, direction, &code, &reason, &type);
    if (!object)
        return failure<Message>(code, reason);
    auto message = build(type, *object, &reason);
    if (!message)
        return failure<Message>(ErrorCode::BadField, reason);
    Decoded<Message> result;
    result.message = std::move(message);
    return result;
}

} // namespace

QString clientKindName(ClientKind kind)
{
    return kind == ClientKind::Web ? QStringLiteral("web") : QStringLiteral("app");
}

Decoded<ToHub> decodeToHub(const QByteArray& frame)
{
    return decode<ToHub>(frame, Direction::ToHub, toHubFrom);
}

Decoded<ToDevice> decodeToDevice(const QByteArray& frame)
{
    return decode<ToDevice>(frame, Direction::ToDevice, toDeviceFrom);
}

QByteArray encode(const ToHub& message)
{
    return encodeVariant(message);
}

QByteArray encode(const ToDevice& message)
{
    return encodeVariant(message);
}

} // namespace dp::protocol
