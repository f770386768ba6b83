#include "protocol.h"

#include "catalog/scale.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <span>

namespace dp::protocol {

namespace {

enum class Kind { String, Int, Bool, Array, Object };

/// One field of a message schema. For strings min/max bound the length, for ints the value,
/// for arrays the element count.
struct FieldRule
{
    const char* name;
    Kind kind;
    bool required;
    qint64 min;
    qint64 max;
    /// For arrays: the kind of every element (objects are validated by the message's own code).
    Kind elementKind = Kind::String;
};

constexpr qint64 MaxSequence = (qint64(1) << 53);
constexpr qint64 MaxText = 200;

constexpr std::array helloRules {
    FieldRule { "roomCode", Kind::String, true, 1, 32 },
    FieldRule { "deviceId", Kind::String, true, 1, MaxIdLength },
    FieldRule { "sessionId", Kind::String, false, 0, MaxIdLength },
    FieldRule { "client", Kind::String, false, 0, MaxIdLength },
};
constexpr std::array restoreRules {
    FieldRule { "session", Kind::Object, true, 0, 0 },
    FieldRule { "phase", Kind::String, false, 1, 32 },
    FieldRule { "openStatements", Kind::Array, false, 0, 10000, Kind::String },
};
constexpr std::array participantRules {
    FieldRule { "sessionId", Kind::String, true, 1, MaxIdLength },
    FieldRule { "pseudonym", Kind::String, true, 1, MaxIdLength },
    FieldRule { "groupId", Kind::String, false, 0, MaxIdLength },
};
constexpr std::array answersRules {
    FieldRule { "batch", Kind::Int, true, 0, MaxSequence },
    FieldRule { "answers", Kind::Array, true, 1, MaxAnswersPerBatch, Kind::Object },
};
constexpr std::array answerRules {
    FieldRule { "sessionId", Kind::String, true, 1, MaxIdLength },
    FieldRule { "round", Kind::Int, true, 1, MaxRound },
    FieldRule { "statementId", Kind::String, true, 1, MaxIdLength },
    FieldRule { "pseudonym", Kind::String, true, 1, MaxIdLength },
    FieldRule { "answer", Kind::Int, true, CannotJudgeAnswer, Scale::MaxPoints },
    FieldRule { "sequence", Kind::Int, true, 1, MaxSequence },
    FieldRule { "updatedAt", Kind::String, false, 0, 40 },
};
constexpr std::array<FieldRule, 0> noRules {};
constexpr std::array pingRules { FieldRule { "pending", Kind::Int, false, 0, 1000000000 } };

constexpr std::array welcomeRules {
    FieldRule { "sessionId", Kind::String, true, 1, MaxIdLength },
    FieldRule { "highWater", Kind::Int, true, 0, MaxSequence },
    FieldRule { "canRestore", Kind::Bool, true, 0, 0 },
    FieldRule { "heartbeatMs", Kind::Int, false, 0, 3600000 },
};
constexpr std::array stateRules {
    FieldRule { "session", Kind::Object, true, 0, 0 },
    FieldRule { "phase", Kind::String, true, 1, 32 },
    FieldRule { "round", Kind::Int, true, 1, MaxRound },
    FieldRule { "openStatements", Kind::Array, true, 0, 10000, Kind::String },
};
constexpr std::array ackRules {
    FieldRule { "batch", Kind::Int, false, 0, MaxSequence },
    FieldRule { "sequences", Kind::Array, true, 0, MaxAnswersPerBatch, Kind::Int },
    FieldRule { "highWater", Kind::Int, true, 0, MaxSequence },
};
constexpr std::array rejectRules {
    FieldRule { "sequence", Kind::Int, true, 1, MaxSequence },
    FieldRule { "code", Kind::String, true, 1, 64 },
    FieldRule { "message", Kind::String, true, 0, MaxText },
};
constexpr std::array errorRules {
    FieldRule { "code", Kind::String, true, 1, 64 },
    FieldRule { "message", Kind::String, true, 0, MaxText },
    FieldRule { "fatal", Kind::Bool, true, 0, 0 },
};

struct TypeSchema
{
    const char* type;
    Direction direction;
    std::span<const FieldRule> rules;
};

const std::array schemas {
    TypeSchema { "hello", Direction::ToHub, helloRules },
    TypeSchema { "restore_session", Direction::ToHub, restoreRules },
    TypeSchema { "participant", Direction::ToHub, participantRules },
    TypeSchema { "answers", Direction::ToHub, answersRules },
    TypeSchema { "ping", Direction::ToHub, pingRules },
    TypeSchema { "welcome", Direction::ToAttendee, welcomeRules },
    TypeSchema { "state", Direction::ToAttendee, stateRules },
    TypeSchema { "ack", Direction::ToAttendee, ackRules },
    TypeSchema { "reject", Direction::ToAttendee, rejectRules },
    TypeSchema { "error", Direction::ToAttendee, errorRules },
    TypeSchema { "pong", Direction::ToAttendee, noRules },
};

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return "a string";
    case Kind::Int:
        return "an integer";
    case Kind::Bool:
        return "a boolean";
    case Kind::Array:
        return "an array";
    case Kind::Object:
        return "an object";
    }
    return "?";
}

/// JSON numbers are doubles; an integer field must hold an exact integer.
bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d == double(qint64(d)) && d >= -double(MaxSequence) && d <= double(MaxSequence);
}

bool hasKind(const QJsonValue& value, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return value.isString();
    case Kind::Int:
        return isInteger(value);
    case Kind::Bool:
        return value.isBool();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    }
    return false;
}

ParseResult fail(ErrorCode code, const QString& text)
{
    ParseResult result;
    result.error = code;
    result.errorText = text;
    return result;
}

/// Checks `object` against `rules`; unknown fields are refused so typos never pass silently.
QString checkFields(const QJsonObject& object, std::span<const FieldRule> rules,
    const QString& where, const QStringList& allowedExtra = {})
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowedExtra.contains(it.key()))
            continue;
        const bool known = std::any_of(rules.begin(), rules.end(),
            [&](const FieldRule& rule) { return it.key() == QLatin1String(rule.name); });
        if (!known)
            return QStringLiteral("%1: unknown field \"%2\"").arg(where, it.key());
    }
    for (const FieldRule& rule : rules) {
        const QString name = QString::fromLatin1(rule.name);
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (rule.required)
                return QStringLiteral("%1: missing field \"%2\"").arg(where, name);
            continue;
        }
        if (!hasKind(value, rule.kind))
            return QStringLiteral("%1: field \"%2\" must be %3")
                .arg(where, name, QLatin1String(kindName(rule.kind)));
        if (rule.kind == Kind::String) {
            const qsizetype length = value.toString().size();
            if (length < rule.min || length > rule.max)
                return QStringLiteral("%1: field \"%2\" must have %3..%4 characters")
                    .arg(where, name)
                    .arg(rule.min)
                    .arg(rule.max);
        } else if (rule.kind == Kind::Int) {
            const qint64 number = qint64(value.toDouble());
            if (number < rule.min || number > rule.max)
                return QStringLiteral("%1: field \"%2\" must be within %3..%4")
                    .arg(where, name)
                    .arg(rule.min)
                    .arg(rule.max);
        } else if (rule.kind == Kind::Array) {
            const QJsonArray array = value.toArray();
            if (array.size() < rule.min || array.size() > rule.max)
                return QStringLiteral("%1: field \"%2\" must have %3..%4 elements")
                    .arg(where, name)
                    .arg(rule.min)
                    .arg(rule.max);
            for (const QJsonValue& element : array) {
                if (!hasKind(element, rule.elementKind))
                    return QStringLiteral("%1: every element of \"%2\" must be %3")
                        .arg(where, name, QLatin1String(kindName(rule.elementKind)));
                if (rule.elementKind == Kind::String && element.toString().size() > MaxIdLength)
                    return QStringLiteral("%1: element of \"%2\" is too long").arg(where, name);
            }
        }
    }
    return {};
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::TooLarge:
        return QStringLiteral("too_large");
    case ErrorCode::BadJson:
        return QStringLiteral("bad_json");
    case ErrorCode::BadVersion:
        return QStringLiteral("bad_version");
    case ErrorCode::UnknownType:
        return QStringLiteral("unknown_type");
    case ErrorCode::BadField:
        return QStringLiteral("bad_field");
    case ErrorCode::NotAuthenticated:
        return QStringLiteral("not_authenticated");
    case ErrorCode::WrongRoomCode:
        return QStringLiteral("wrong_room_code");
    case ErrorCode::Throttled:
        return QStringLiteral("throttled");
    case ErrorCode::HandshakeTimeout:
        return QStringLiteral("handshake_timeout");
    case ErrorCode::TooManyConnections:
        return QStringLiteral("too_many_connections");
    case ErrorCode::WrongSession:
        return QStringLiteral("wrong_session");
    case ErrorCode::UnknownStatement:
        return QStringLiteral("unknown_statement");
    case ErrorCode::AnswerOutOfRange:
        return QStringLiteral("answer_out_of_range");
    case ErrorCode::RoundOutOfRange:
        return QStringLiteral("round_out_of_range");
    case ErrorCode::ForeignPseudonym:
        return QStringLiteral("foreign_pseudonym");
    case ErrorCode::StorageFailed:
        return QStringLiteral("storage_failed");
    case ErrorCode::Replaced:
        return QStringLiteral("replaced");
    case ErrorCode::ShuttingDown:
        return QStringLiteral("shutting_down");
    }
    return QStringLiteral("unknown");
}

ErrorCode errorCodeFromName(const QString& name)
{
    for (int i = int(ErrorCode::None); i <= int(ErrorCode::ShuttingDown); ++i) {
        if (errorCodeName(ErrorCode(i)) == name)
            return ErrorCode(i);
    }
    return ErrorCode::None;
}

ParseResult parse(const QByteArray& frame, Direction direction)
{
    const qint64 limit = direction == Direction::ToHub ? MaxClientMessageBytes : MaxHubMessageBytes;
    if (frame.size() > limit)
        return fail(ErrorCode::TooLarge,
            QStringLiteral("message of %1 bytes exceeds the limit of %2 bytes")
                .arg(frame.size())
                .arg(limit));
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadJson,
            QStringLiteral("malformed JSON at offset %1: %2")
                .arg(jsonError.offset)
                .arg(jsonError.errorString()));
    if (!document.isObject())
        return fail(ErrorCode::BadJson, QStringLiteral("a message must be a JSON object"));
    return validate(document.object(), direction);
}

ParseResult validate(const QJsonObject& object, Direction direction)
{
    const QJsonValue version = object.value(QLatin1String("v"));
    if (!isInteger(version))
        return fail(ErrorCode::BadVersion, QStringLiteral("missing protocol version \"v\""));
    if (version.toInteger() != Version)
        return fail(ErrorCode::BadVersion,
            QStringLiteral("protocol version %1 is not supported (this side speaks %2)")
                .arg(version.toInteger())
                .arg(Version));
    const QJsonValue typeValue = object.value(QLatin1String("type"));
    if (!typeValue.isString())
        return fail(ErrorCode::UnknownType, QStringLiteral("missing message \"type\""));
    const QString type = typeValue.toString();
    const auto schema = std::find_if(schemas.begin(), schemas.end(),
        [&](const TypeSchema& s) { return type == QLatin1String(s.type); });
    if (schema == schemas.end() || schema->direction != direction)
        return fail(ErrorCode::UnknownType,
            QStringLiteral("unknown message type \"%1\"").arg(type.left(40)));
    const QStringList envelope { QStringLiteral("v"), QStringLiteral("type") };
    QString error = checkFields(object, schema->rules, type, envelope);
    if (error.isEmpty() && type == QLatin1String("answers")) {
        const QJsonArray answers = object.value(QLatin1String("answers")).toArray();
        for (qsizetype i = 0; i < answers.size() && error.isEmpty(); ++i)
            error = checkFields(
                answers.at(i).toObject(), answerRules, QStringLiteral("answers[%1]").arg(i));
    }
    if (!error.isEmpty())
        return fail(ErrorCode::BadField, error);
    ParseResult result;
    result.message.type = type;
    result.message.body = object;
    return result;
}

QByteArray serialize(const QString& type, QJsonObject fields)
{
    fields.insert(QStringLiteral("v"), Version);
    fields.insert(QStringLiteral("type"), type);
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray errorMessage(ErrorCode code, const QString& text, bool fatal)
{
    return serialize(QStringLiteral("error"),
        { { QStringLiteral("code"), errorCodeName(code) },
            { QStringLiteral("message"), text.left(int(MaxText)) },
            { QStringLiteral("fatal"), fatal } });
}

QJsonObject answerToJson(const Rating& rating)
{
    QJsonObject object { { QStringLiteral("sessionId"), rating.sessionId },
        { QStringLiteral("round"), rating.round },
        { QStringLiteral("statementId"), rating.statementId },
        { QStringLiteral("pseudonym"), rating.pseudonym },
        { QStringLiteral("answer"), rating.answer },
        { QStringLiteral("sequence"), rating.sequence } };
    if (rating.updatedAt.isValid())
        object.insert(
            QStringLiteral("updatedAt"), rating.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

Rating answerFromJson(const QJsonObject& object, const QString& deviceId)
{
    Rating rating;
    rating.sessionId = object.value(QLatin1String("sessionId")).toString();
    rating.round = object.value(QLatin1String("round")).toInt();
    rating.statementId = object.value(QLatin1String("statementId")).toString();
    rating.pseudonym = object.value(QLatin1String("pseudonym")).toString();
    rating.answer = object.value(QLatin1String("answer")).toInt();
    rating.sequence = object.value(QLatin1String("sequence")).toInteger();
    rating.deviceId = deviceId;
    rating.updatedAt = QDateTime::fromString(
        object.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    if (!rating.updatedAt.isValid())
        rating.updatedAt = QDateTime::currentDateTimeUtc();
    return rating;
}

} // namespace dp::protocol
