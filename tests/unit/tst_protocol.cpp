// Every kind of bad input the hub and the tablets can receive is refused with a clear reason.
#include "sync/jointhrottle.h"
#include "sync/joinurl.h"
#include "sync/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dp;
using namespace dp::protocol;

namespace {

QJsonObject answer()
{
    return { { "sessionId", "s1" }, { "round", 1 }, { "statementId", "q1" }, { "pseudonym", "p1" },
        { "answer", 3 }, { "sequence", 7 } };
}

QJsonObject answersMessage(const QJsonArray& answers)
{
    return { { "v", 2 }, { "type", "answers" }, { "batch", 1 }, { "answers", answers } };
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A message of `type` with `fields`, in the envelope of this protocol version.
QByteArray frame(const char* type, QJsonObject fields)
{
    fields.insert("v", Version);
    fields.insert("type", type);
    return json(fields);
}

// The outcome of decoding `bytes` as a message for `direction`.
struct Outcome
{
    ErrorCode error;
    QString text;
};

Outcome decodeAs(const QByteArray& bytes, Direction direction)
{
    if (direction == Direction::ToHub) {
        const auto result = decodeToHub(bytes);
        return { result.error, result.errorText };
    }
    const auto result = decodeToDevice(bytes);
    return { result.error, result.errorText };
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void validMessagesPass()
    {
        const auto hello
            = decodeToHub(frame("hello", { { "roomCode", "4711" }, { "client", "web" } }));
        QVERIFY2(hello.ok(), qPrintable(hello.errorText));
        const auto* typed = std::get_if<Hello>(&*hello.message);
        QVERIFY(typed);
        QCOMPARE(typed->client, ClientKind::Web);
        QVERIFY(typed->sessionId.isEmpty());
        const auto answers = decodeToHub(json(answersMessage({ answer() })));
        QVERIFY2(answers.ok(), qPrintable(answers.errorText));
        QCOMPARE(std::get<Answers>(*answers.message).answers.first().sequence, 7);
        const auto ack = decodeToDevice(
            frame("ack", { { "sequences", QJsonArray { 1, 2 } }, { "highWater", 2 } }));
        QVERIFY2(ack.ok(), qPrintable(ack.errorText));
        QCOMPARE(std::get<Ack>(*ack.message).sequences, (QList<qint64> { 1, 2 }));
    }

    void messagesSurviveEncodeAndDecode()
    {
        const Hello hello { "K7Q2", ClientKind::App, "s1", "d1" };
        QCOMPARE(std::get<Hello>(*decodeToHub(encode(hello)).message), hello);
        const Welcome welcome { "s1", "d1", 12, 5000 };
        QCOMPARE(std::get<Welcome>(*decodeToDevice(encode(welcome)).message), welcome);
        const Error error { ErrorCode::Throttled, "wait", true, 4000 };
        QCOMPARE(std::get<Error>(*decodeToDevice(encode(error)).message), error);
        Rating rating;
        rating.sessionId = "s";
        rating.round = 2;
        rating.statementId = "q";
        rating.pseudonym = "p";
        rating.answer = 0;
        rating.sequence = 42;
        const Answers answers { 3, { rating } };
        QCOMPARE(std::get<Answers>(*decodeToHub(encode(answers)).message), answers);
    }

    void answersCarryNoDeviceOrTime()
    {
        Rating rating;
        rating.sessionId = "s";
        rating.statementId = "q";
        rating.pseudonym = "p";
        rating.answer = 3;
        rating.sequence = 5;
        rating.deviceId = "mine";
        rating.updatedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 12, 345), Qt::UTC);
        const QByteArray text = encode(Answers { 1, { rating } });
        QVERIFY2(!text.contains("mine") && !text.contains("updatedAt") && !text.contains("2024"),
            text.constData());
        const Rating back = std::get<Answers>(*decodeToHub(text).message).answers.first();
        QVERIFY(back.deviceId.isEmpty());
        QVERIFY(!back.updatedAt.isValid());
    }

    void integersAreCheckedBeforeConversion_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("version 1e100") << QByteArray("{\"v\":1e100,\"type\":\"ping\"}");
        QTest::newRow("version -1e300") << QByteArray("{\"v\":-1e300,\"type\":\"ping\"}");
        QTest::newRow("version 2.5") << QByteArray("{\"v\":2.5,\"type\":\"ping\"}");
        QTest::newRow("pending 1e100")
            << QByteArray("{\"v\":2,\"type\":\"ping\",\"pending\":1e100}");
        QTest::newRow("pending -9.3e18")
            << QByteArray("{\"v\":2,\"type\":\"ping\",\"pending\":-9.3e18}");
        QTest::newRow("batch 2^63")
            << QByteArray("{\"v\":2,\"type\":\"answers\",\"batch\":9223372036854775808,"
                          "\"answers\":[]}");
    }

    void integersAreCheckedBeforeConversion()
    {
        // Run under UBSan (the fuzz build) a conversion before the range check would trap here.
        QFETCH(QByteArray, bytes);
        const auto result = decodeToHub(bytes);
        QVERIFY(!result.ok());
        QVERIFY(result.error == ErrorCode::BadVersion || result.error == ErrorCode::BadField);
        QVERIFY(!exactInteger(QJsonValue(1e100), 0, MaxSequence));
        QVERIFY(!exactInteger(QJsonValue(-1e300), -MaxSequence, MaxSequence));
        QVERIFY(!exactInteger(QJsonValue(std::nan("")), -MaxSequence, MaxSequence));
        QCOMPARE(exactInteger(QJsonValue(double(MaxSequence)), 0, MaxSequence), MaxSequence);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const int toHub = int(Direction::ToHub);
        const int toDevice = int(Direction::ToDevice);

        QTest::newRow("oversized") << QByteArray(MaxClientMessageBytes + 1, ' ') << toHub
                                   << int(ErrorCode::TooLarge) << "exceeds";
        QTest::newRow("malformed json")
            << QByteArray("{\"v\":2,") << toHub << int(ErrorCode::BadJson) << "malformed";
        QTest::newRow("not an object")
            << QByteArray("[1,2]") << toHub << int(ErrorCode::BadJson) << "object";
        QTest::newRow("no version") << QByteArray("{\"type\":\"ping\"}") << toHub
                                    << int(ErrorCode::BadVersion) << "version";
        QTest::newRow("version 1 device") << QByteArray("{\"v\":1,\"type\":\"ping\"}") << toHub
                                          << int(ErrorCode::BadVersion) << "version 1";
        QTest::newRow("future version") << QByteArray("{\"v\":3,\"type\":\"ping\"}") << toHub
                                        << int(ErrorCode::BadVersion) << "version 3";
        QTest::newRow("version as string") << QByteArray("{\"v\":\"2\",\"type\":\"ping\"}") << toHub
                                           << int(ErrorCode::BadVersion) << "version";
        QTest::newRow("no type") << QByteArray("{\"v\":2}") << toHub << int(ErrorCode::UnknownType)
                                 << "type";
        QTest::newRow("unknown type") << QByteArray("{\"v\":2,\"type\":\"drop_tables\"}") << toHub
                                      << int(ErrorCode::UnknownType) << "drop_tables";
        QTest::newRow("hub type sent to hub")
            << QByteArray("{\"v\":2,\"type\":\"ack\",\"sequences\":[],\"highWater\":0}") << toHub
            << int(ErrorCode::UnknownType) << "ack";
        QTest::newRow("attendee type sent to tablet")
            << frame("hello", { { "roomCode", "1" }, { "client", "app" } }) << toDevice
            << int(ErrorCode::UnknownType) << "hello";
        QTest::newRow("missing room code") << frame("hello", { { "client", "app" } }) << toHub
                                           << int(ErrorCode::BadField) << "roomCode";
        QTest::newRow("room code not a string")
            << frame("hello", { { "roomCode", 4711 }, { "client", "app" } }) << toHub
            << int(ErrorCode::BadField) << "roomCode";
        QTest::newRow("missing client kind") << frame("hello", { { "roomCode", "1" } }) << toHub
                                             << int(ErrorCode::BadField) << "client";
        QTest::newRow("unknown client kind")
            << frame("hello", { { "roomCode", "1" }, { "client", "tablet-7" } }) << toHub
            << int(ErrorCode::BadField) << "client";
        QTest::newRow("device id without session")
            << frame("hello", { { "roomCode", "1" }, { "client", "app" }, { "deviceId", "d" } })
            << toHub << int(ErrorCode::BadField) << "needs";
        QTest::newRow("empty device id") << frame("hello",
            { { "roomCode", "1" }, { "client", "app" }, { "sessionId", "s" }, { "deviceId", "" } })
                                         << toHub << int(ErrorCode::BadField) << "deviceId";
        QTest::newRow("overlong device id") << frame("hello",
            { { "roomCode", "1" }, { "client", "app" }, { "sessionId", "s" },
                { "deviceId", QString(65, 'x') } })
                                            << toHub << int(ErrorCode::BadField) << "deviceId";
        QTest::newRow("unknown field")
            << frame("hello", { { "roomCode", "1" }, { "client", "app" }, { "admin", true } })
            << toHub << int(ErrorCode::BadField) << "admin";
        QTest::newRow("v1 restore_session")
            << frame("restore_session", { { "session", QJsonObject {} } }) << toHub
            << int(ErrorCode::UnknownType) << "restore_session";
        QTest::newRow("welcome with canRestore")
            << frame("welcome",
                   { { "sessionId", "s" }, { "deviceId", "d" }, { "highWater", 0 },
                       { "heartbeatMs", 5000 }, { "canRestore", true } })
            << toDevice << int(ErrorCode::BadField) << "canRestore";
        QTest::newRow("welcome without device id")
            << frame(
                   "welcome", { { "sessionId", "s" }, { "highWater", 0 }, { "heartbeatMs", 5000 } })
            << toDevice << int(ErrorCode::BadField) << "deviceId";
        QTest::newRow("unknown error code")
            << frame("error", { { "code", "meltdown" }, { "message", "" }, { "fatal", true } })
            << toDevice << int(ErrorCode::BadField) << "meltdown";
        QTest::newRow("negative retry") << frame("error",
            { { "code", "throttled" }, { "message", "" }, { "fatal", true },
                { "retryAfterMs", -1 } })
                                        << toDevice << int(ErrorCode::BadField) << "retryAfterMs";
        QTest::newRow("empty batch")
            << json(answersMessage({})) << toHub << int(ErrorCode::BadField) << "answers";
        QJsonArray tooMany;
        for (int i = 0; i <= MaxAnswersPerBatch; ++i)
            tooMany.append(answer());
        QTest::newRow("batch too large")
            << json(answersMessage(tooMany)) << toHub << int(ErrorCode::BadField) << "answers";
        QTest::newRow("answer not an object")
            << json(answersMessage({ 5 })) << toHub << int(ErrorCode::BadField) << "object";
        const auto withField = [](const char* name, const QJsonValue& value) {
            QJsonObject object = answer();
            if (value.isUndefined())
                object.remove(QLatin1String(name));
            else
                object.insert(QLatin1String(name), value);
            return json(answersMessage({ object }));
        };
        QTest::newRow("answer above scale")
            << withField("answer", 11) << toHub << int(ErrorCode::BadField) << "answer";
        QTest::newRow("negative answer")
            << withField("answer", -1) << toHub << int(ErrorCode::BadField) << "answer";
        QTest::newRow("fractional answer")
            << withField("answer", 2.5) << toHub << int(ErrorCode::BadField) << "answer";
        QTest::newRow("round zero")
            << withField("round", 0) << toHub << int(ErrorCode::BadField) << "round";
        QTest::newRow("sequence zero")
            << withField("sequence", 0) << toHub << int(ErrorCode::BadField) << "sequence";
        QTest::newRow("huge sequence")
            << withField("sequence", 1e300) << toHub << int(ErrorCode::BadField) << "sequence";
        QTest::newRow("missing pseudonym") << withField("pseudonym", QJsonValue::Undefined) << toHub
                                           << int(ErrorCode::BadField) << "pseudonym";
        QTest::newRow("device id smuggled into answer")
            << withField("deviceId", "other") << toHub << int(ErrorCode::BadField) << "deviceId";
        QTest::newRow("time in an answer") << withField("updatedAt", "2024-05-06T09:41:12.345Z")
                                           << toHub << int(ErrorCode::BadField) << "updatedAt";
        QTest::newRow("state without session") << frame(
            "state", { { "phase", "rating" }, { "round", 1 }, { "openStatements", QJsonArray {} } })
                                               << toDevice << int(ErrorCode::BadField) << "session";
        QTest::newRow("ack with text sequence")
            << frame("ack", { { "sequences", QJsonArray { "1" } }, { "highWater", 1 } }) << toDevice
            << int(ErrorCode::BadField) << "sequences";
    }

    void badInputIsRefused()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, direction);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Outcome result = decodeAs(frame, Direction(direction));
        QCOMPARE(errorCodeName(result.error), errorCodeName(ErrorCode(code)));
        QVERIFY2(result.text.contains(mentions), qPrintable(result.text));
    }

    void errorCodesRoundTrip()
    {
        for (int i = int(ErrorCode::TooLarge); i <= int(ErrorCode::ShuttingDown); ++i) {
            const QString name = errorCodeName(ErrorCode(i));
            QCOMPARE(int(errorCodeFromName(name).value()), i);
        }
        QVERIFY(!errorCodeFromName("none"));
        const auto error = decodeToDevice(encode(Error { ErrorCode::UnknownGroup, "nope", false }));
        QVERIFY(error.ok());
        QCOMPARE(std::get<Error>(*error.message).code, ErrorCode::UnknownGroup);
        QVERIFY(encode(Error { ErrorCode::UnknownGroup, "nope", false }).contains("unknown_group"));
    }

    void joinUrlRoundTrip()
    {
        JoinTarget target { "192.168.1.20", 47110, "K7Q2" };
        QCOMPARE(target.toUrl(), QStringLiteral("dialogpunkte://192.168.1.20:47110/?room=K7Q2"));
        JoinTarget parsed;
        QString error;
        QVERIFY(JoinTarget::parse(target.toUrl(), &parsed, &error));
        QCOMPARE(parsed, target);
        JoinTarget v6 { "fe80::1%wlan0", 47110, "AB" };
        QVERIFY2(JoinTarget::parse(v6.toUrl(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, v6);
    }

    void joinUrlRejectsOtherLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("web link") << "https://example.org:80/?room=1"
                                  << "dialogpunkte://";
        QTest::newRow("no port") << "dialogpunkte://host/?room=1"
                                 << "port";
        QTest::newRow("no room") << "dialogpunkte://host:1234/"
                                 << "room";
        QTest::newRow("garbage") << "::::"
                                 << "dialogpunkte://";
    }

    void joinUrlRejectsOtherLinks()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        JoinTarget target;
        QString error;
        QVERIFY(!JoinTarget::parse(url, &target, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void throttleDoublesPerWrongCode()
    {
        JoinThrottle throttle(100, 1000);
        QCOMPARE(throttle.remainingDelay("10.0.0.5"), 0);
        QCOMPARE(throttle.recordFailure("10.0.0.5"), 100);
        QCOMPARE(throttle.recordFailure("10.0.0.5"), 200);
        QCOMPARE(throttle.recordFailure("10.0.0.5"), 400);
        QCOMPARE(throttle.recordFailure("10.0.0.5"), 800);
        QCOMPARE(throttle.recordFailure("10.0.0.5"), 1000);
        QVERIFY(throttle.remainingDelay("10.0.0.5") > 0);
        QCOMPARE(throttle.remainingDelay("10.0.0.6"), 0);
        throttle.recordSuccess("10.0.0.5");
        QCOMPARE(throttle.failures("10.0.0.5"), 0);
        QCOMPARE(throttle.remainingDelay("10.0.0.5"), 0);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
