#include "clientmessagecheck.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace dp::test {

namespace {

struct FieldRule
{
    const char* name;
    bool required;
    bool (*valid)(const QJsonValue&);
};

bool isId(const QJsonValue& value)
{
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= 64;
}

bool isRoomCode(const QJsonValue& value)
{
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= 32;
}

bool isWebClient(const QJsonValue& value)
{
    return value.toString() == QLatin1String("web");
}

bool isCount(const QJsonValue& value)
{
    return isInteger(value, 0, qint64(1) << 53);
}

bool isAnswerList(const QJsonValue& value)
{
    return value.isArray() && !value.toArray().isEmpty() && value.toArray().size() <= 500;
}

bool isObject(const QJsonValue& value)
{
    return value.isObject();
}

bool isString(const QJsonValue& value)
{
    return value.isString();
}

bool isStringList(const QJsonValue& value)
{
    if (!value.isArray())
        return false;
    const QJsonArray list = value.toArray();
    return std::all_of(list.begin(), list.end(), [](const QJsonValue& item) { return isId(item); });
}

QString checkFields(const QJsonObject& object, std::initializer_list<FieldRule> rules,
    const QSet<QString>& envelope = {})
{
    QSet<QString> allowed = envelope;
    for (const FieldRule& rule : rules) {
        const QString name = QString::fromLatin1(rule.name);
        allowed.insert(name);
        if (!object.contains(name)) {
            if (rule.required)
                return QStringLiteral("\"%1\" is missing").arg(name);
            continue;
        }
        if (!rule.valid(object.value(name)))
            return QStringLiteral("\"%1\" is invalid").arg(name);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return QStringLiteral("unknown field \"%1\"").arg(it.key());
    }
    return {};
}

} // namespace

bool isInteger(const QJsonValue& value, qint64 low, qint64 high)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    // Checked as a double first: 1e100 must not reach a conversion to an integer type.
    return std::isfinite(number) && number == std::floor(number) && number >= double(low)
        && number <= double(high);
}

QString checkAnswer(const QJsonObject& answer)
{
    return checkFields(answer,
        { { "sessionId", true, isId },
            { "round", true, [](const QJsonValue& v) { return isInteger(v, 1, 99); } },
            { "statementId", true, isId }, { "pseudonym", true, isId },
            { "answer", true, [](const QJsonValue& v) { return isInteger(v, 0, 10); } },
            { "sequence", true,
                [](const QJsonValue& v) { return isInteger(v, 1, qint64(1) << 53); } } });
}

QString checkClientMessage(const QJsonObject& message)
{
    if (!isInteger(message.value(QLatin1String("v")), 2, 2))
        return QStringLiteral("\"v\" must be 2");
    const QString type = message.value(QLatin1String("type")).toString();
    const QSet<QString> envelope { QStringLiteral("v"), QStringLiteral("type") };
    QString problem;
    if (type == QLatin1String("hello")) {
        problem = checkFields(message,
            { { "roomCode", true, isRoomCode }, { "client", true, isWebClient },
                { "sessionId", false, isId }, { "deviceId", false, isId } },
            envelope);
        if (problem.isEmpty() && message.contains(QLatin1String("deviceId"))
            && !message.contains(QLatin1String("sessionId")))
            problem = QStringLiteral("\"deviceId\" without \"sessionId\"");
    } else if (type == QLatin1String("participant")) {
        problem = checkFields(message,
            { { "sessionId", true, isId }, { "pseudonym", true, isId },
                { "groupId", false, isId } },
            envelope);
    } else if (type == QLatin1String("answers")) {
        problem = checkFields(
            message, { { "batch", true, isCount }, { "answers", true, isAnswerList } }, envelope);
        for (const QJsonValue& answer : message.value(QLatin1String("answers")).toArray()) {
            if (problem.isEmpty())
                problem = answer.isObject() ? checkAnswer(answer.toObject())
                                            : QStringLiteral("an answer is not an object");
        }
    } else if (type == QLatin1String("ping")) {
        problem = checkFields(message, { { "pending", false, isCount } }, envelope);
    } else if (type == QLatin1String("offer_session")) {
        problem = checkFields(message,
            { { "session", true, isObject }, { "seal", true, isString },
                { "phase", true, isString }, { "openStatements", true, isStringList },
                { "answers", true, isCount } },
            envelope);
    } else {
        problem = QStringLiteral("unknown type \"%1\"").arg(type);
    }
    return problem.isEmpty() ? QString() : type + QStringLiteral(": ") + problem;
}

} // namespace dp::test
