#include "protocol.h"

#include "catalog/cataloglimits.h"
#include "catalog/scale.h"
#include "messages.h"

#include <QJsonArray>

#include <array>
#include <cmath>
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
    /// For arrays: the kind of every element (objects are validated by their own rules).
    Kind elementKind = Kind::String;
    /// For strings: the allowed values, separated by '|' (nullptr: any).
    const char* oneOf = nullptr;
    /// A field that must be present whenever this one is.
    const char* needs = nullptr;
};

constexpr qint64 MaxOpenStatements = MaxCatalogStatements;
constexpr const char* Phases = "lobby|rating|discussion|finished";
constexpr qint64 SealLength = 64;

constexpr std::array helloRules {
    FieldRule { "roomCode", Kind::String, true, 1, 32 },
    FieldRule { "client", Kind::String, true, 1, 8, Kind::String, "app|web" },
    FieldRule { "sessionId", Kind::String, false, 1, MaxIdLength },
    FieldRule {
        "deviceId", Kind::String, false, 1, MaxIdLength, Kind::String, nullptr, "sessionId" },
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
};
constexpr std::array pingRules { FieldRule { "pending", Kind::Int, false, 0, 1000000000 } };
constexpr std::array offerRules {
    FieldRule { "session", Kind::Object, true, 0, 0 },
    FieldRule { "seal", Kind::String, true, SealLength, SealLength },
    FieldRule { "phase", Kind::String, true, 1, 16, Kind::String, Phases },
    FieldRule { "openStatements", Kind::Array, true, 0, MaxOpenStatements, Kind::String },
    FieldRule { "answers", Kind::Int, true, 0, MaxSequence },
};
constexpr std::array<FieldRule, 0> noRules {};

constexpr std::array welcomeRules {
    FieldRule { "sessionId", Kind::String, true, 1, MaxIdLength },
    FieldRule { "deviceId", Kind::String, true, 1, MaxIdLength },
    FieldRule { "highWater", Kind::Int, true, 0, MaxSequence },
    FieldRule { "heartbeatMs", Kind::Int, true, 100, 3600000 },
};
constexpr std::array stateRules {
    FieldRule { "session", Kind::Object, true, 0, 0 },
    FieldRule { "phase", Kind::String, true, 1, 16, Kind::String, Phases },
    FieldRule { "round", Kind::Int, true, 1, MaxRound },
    FieldRule { "openStatements", Kind::Array, true, 0, MaxOpenStatements, Kind::String },
    FieldRule { "seal", Kind::String, true, SealLength, SealLength },
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
    FieldRule { "retryAfterMs", Kind::Int, false, 0, 24 * 3600 * 1000 },
};

struct TypeSchema
{
    const char* type;
    Direction direction;
    std::span<const FieldRule> rules;
};

const std::array schemas {
    TypeSchema { Hello::Type, Direction::ToHub, helloRules },
    TypeSchema { ParticipantMessage::Type, Direction::ToHub, participantRules },
    TypeSchema { Answers::Type, Direction::ToHub, answersRules },
    TypeSchema { Ping::Type, Direction::ToHub, pingRules },
    TypeSchema { OfferSession::Type, Direction::ToHub, offerRules },
    TypeSchema { Welcome::Type, Direction::ToDevice, welcomeRules },
    TypeSchema { State::Type, Direction::ToDevice, stateRules },
    TypeSchema { Ack::Type, Direction::ToDevice, ackRules },
    TypeSchema { Reject::Type, Direction::ToDevice, rejectRules },
    TypeSchema { Error::Type, Direction::ToDevice, errorRules },
    TypeSchema { Pong::Type, Direction::ToDevice, noRules },
    TypeSchema { RestoreRequest::Type, Direction::ToDevice, noRules },
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

bool hasKind(const QJsonValue& value, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return value.isString();
    case Kind::Int:
        return exactInteger(value, -MaxSequence, MaxSequence).has_value();
    case Kind::Bool:
        return value.isBool();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    }
    return false;
}

SchemaCheck fail(ErrorCode code, const QString& text)
{
    return SchemaCheck { code, text, {} };
}

QString checkValue(const QJsonValue& value, const FieldRule& rule, const QString& where)
{
    const QString name = QString::fromLatin1(rule.name);
    if (!hasKind(value, rule.kind))
        return QStringLiteral("%1: field \"%2\" must be %3")
            .arg(where, name, QLatin1String(kindName(rule.kind)));
    if (rule.kind == Kind::String) {
        const QString text = value.toString();
        if (text.size() < rule.min || text.size() > rule.max)
            return QStringLiteral("%1: field \"%2\" must have %3..%4 characters")
                .arg(where, name)
                .arg(rule.min)
                .arg(rule.max);
        if (rule.oneOf && !QString::fromLatin1(rule.oneOf).split(QLatin1Char('|')).contains(text))
            return QStringLiteral("%1: field \"%2\" must be one of %3")
                .arg(where, name, QLatin1String(rule.oneOf));
    } else if (rule.kind == Kind::Int) {
        if (!exactInteger(value, rule.min, rule.max))
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
    return {};
}

/// Checks `object` against `rules`; unknown fields are refused so typos never pass silently.
QString checkFields(const QJsonObject& object, std::span<const FieldRule> rules,
    const QString& where, bool withEnvelope)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (withEnvelope && (it.key() == QLatin1String("v") || it.key() == QLatin1String("type")))
            continue;
        const bool known = std::any_of(rules.begin(), rules.end(),
            [&](const FieldRule& rule) { return it.key() == QLatin1String(rule.name); });
        if (!known)
            return QStringLiteral("%1: unknown field \"%2\"").arg(where, it.key().left(40));
    }
    for (const FieldRule& rule : rules) {
        const QJsonValue value = object.value(QLatin1String(rule.name));
        if (value.isUndefined()) {
            if (rule.required)
                return QStringLiteral("%1: missing field \"%2\"")
                    .arg(where, QLatin1String(rule.name));
            continue;
        }
        if (rule.needs && !object.contains(QLatin1String(rule.needs)))
            return QStringLiteral("%1: field \"%2\" needs \"%3\"")
                .arg(where, QLatin1String(rule.name), QLatin1String(rule.needs));
        const QString error = checkValue(value, rule, where);
        if (!error.isEmpty())
            return error;
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
    case ErrorCode::UnknownGroup:
        return QStringLiteral("unknown_group");
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

std::optional<ErrorCode> errorCodeFromName(const QString& name)
{
    for (int i = int(ErrorCode::TooLarge); i <= int(ErrorCode::ShuttingDown); ++i) {
        if (errorCodeName(ErrorCode(i)) == name)
            return ErrorCode(i);
    }
    return std::nullopt;
}

std::optional<qint64> exactInteger(const QJsonValue& value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Range first, on the double: converting an out-of-range double is undefined behaviour.
    if (!std::isfinite(number) || number < double(min) || number > double(max)
        || std::trunc(number) != number)
        return std::nullopt;
    return qint64(number);
}

SchemaCheck checkSchema(const QJsonObject& object, Direction direction)
{
    const QJsonValue version = object.value(QLatin1String("v"));
    const auto number = exactInteger(version, -MaxSequence, MaxSequence);
    if (!number)
        return fail(ErrorCode::BadVersion, QStringLiteral("missing protocol version \"v\""));
    if (*number != Version)
        return fail(ErrorCode::BadVersion,
            QStringLiteral("protocol version %1 is not supported (this side speaks %2)")
                .arg(*number)
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
    QString error = checkFields(object, schema->rules, type, true);
    if (error.isEmpty() && type == QLatin1String(Answers::Type)) {
        const QJsonArray answers = object.value(QLatin1String("answers")).toArray();
        for (qsizetype i = 0; i < answers.size() && error.isEmpty(); ++i)
            error = checkFields(
                answers.at(i).toObject(), answerRules, QStringLiteral("answers[%1]").arg(i), false);
    }
    if (!error.isEmpty())
        return fail(ErrorCode::BadField, error);
    return SchemaCheck { ErrorCode::None, {}, type };
}

} // namespace dp::protocol
