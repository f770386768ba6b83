// Every kind of bad input the hub and the tablets can receive is refused with a clear reason.
#include "sync/jointhrottle.h"
#include "sync/joinurl.h"
#include "sync/protocol.h"

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
    return { { "v", 1 }, { "type", "answers" }, { "batch", 1 }, { "answers", answers } };
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void validMessagesPass()
    {
        const auto hello = parse(
            serialize("hello", { { "roomCode", "4711" }, { "deviceId", "d" } }), Direction::ToHub);
        QVERIFY2(hello.ok(), qPrintable(hello.errorText));
        QCOMPARE(hello.message.type, QStringLiteral("hello"));
        const auto answers = parse(json(answersMessage({ answer() })), Direction::ToHub);
        QVERIFY2(answers.ok(), qPrintable(answers.errorText));
        const auto ack
            = parse(serialize("ack", { { "sequences", QJsonArray { 1, 2 } }, { "highWater", 2 } }),
                Direction::ToAttendee);
        QVERIFY2(ack.ok(), qPrintable(ack.errorText));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const int toHub = int(Direction::ToHub);
        const int toAttendee = int(Direction::ToAttendee);

        QTest::newRow("oversized") << QByteArray(MaxClientMessageBytes + 1, ' ') << toHub
                                   << int(ErrorCode::TooLarge) << "exceeds";
        QTest::newRow("malformed json")
            << QByteArray("{\"v\":1,") << toHub << int(ErrorCode::BadJson) << "malformed";
        QTest::newRow("not an object")
            << QByteArray("[1,2]") << toHub << int(ErrorCode::BadJson) << "object";
        QTest::newRow("no version") << QByteArray("{\"type\":\"ping\"}") << toHub
                                    << int(ErrorCode::BadVersion) << "version";
        QTest::newRow("future version") << QByteArray("{\"v\":2,\"type\":\"ping\"}") << toHub
                                        << int(ErrorCode::BadVersion) << "version 2";
        QTest::newRow("version as string") << QByteArray("{\"v\":\"1\",\"type\":\"ping\"}") << toHub
                                           << int(ErrorCode::BadVersion) << "version";
        QTest::newRow("no type") << QByteArray("{\"v\":1}") << toHub << int(ErrorCode::UnknownType)
                                 << "type";
        QTest::newRow("unknown type") << QByteArray("{\"v\":1,\"type\":\"drop_tables\"}") << toHub
                                      << int(ErrorCode::UnknownType) << "drop_tables";
        QTest::newRow("hub type sent to hub")
            << QByteArray("{\"v\":1,\"type\":\"ack\",\"sequences\":[],\"highWater\":0}") << toHub
            << int(ErrorCode::UnknownType) << "ack";
        QTest::newRow("attendee type sent to tablet")
            << serialize("hello", { { "roomCode", "1" }, { "deviceId", "d" } }) << toAttendee
            << int(ErrorCode::UnknownType) << "hello";
        QTest::newRow("missing room code") << serialize("hello", { { "deviceId", "d" } }) << toHub
                                           << int(ErrorCode::BadField) << "roomCode";
        QTest::newRow("room code not a string")
            << serialize("hello", { { "roomCode", 4711 }, { "deviceId", "d" } }) << toHub
            << int(ErrorCode::BadField) << "roomCode";
        QTest::newRow("empty device id")
            << serialize("hello", { { "roomCode", "1" }, { "deviceId", "" } }) << toHub
            << int(ErrorCode::BadField) << "deviceId";
        QTest::newRow("overlong device id")
            << serialize("hello", { { "roomCode", "1" }, { "deviceId", QString(65, 'x') } })
            << toHub << int(ErrorCode::BadField) << "deviceId";
        QTest::newRow("unknown field")
            << serialize("hello", { { "roomCode", "1" }, { "deviceId", "d" }, { "admin", true } })
            << toHub << int(ErrorCode::BadField) << "admin";
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
        QTest::newRow("state without session") << serialize(
            "state", { { "phase", "rating" }, { "round", 1 }, { "openStatements", QJsonArray {} } })
                                               << toAttendee << int(ErrorCode::BadField)
                                               << "session";
        QTest::newRow("ack with text sequence")
            << serialize("ack", { { "sequences", QJsonArray { "1" } }, { "highWater", 1 } })
            << toAttendee << int(ErrorCode::BadField) << "sequences";
    }

    void badInputIsRefused()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, direction);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const ParseResult result = parse(frame, Direction(direction));
        QVERIFY(!result.ok());
        QCOMPARE(errorCodeName(result.error), errorCodeName(ErrorCode(code)));
        QVERIFY2(result.errorText.contains(mentions), qPrintable(result.errorText));
    }

    void errorCodesRoundTrip()
    {
        for (int i = int(ErrorCode::TooLarge); i <= int(ErrorCode::ShuttingDown); ++i) {
            const QString name = errorCodeName(ErrorCode(i));
            QCOMPARE(int(errorCodeFromName(name)), i);
        }
        const auto error
            = parse(errorMessage(ErrorCode::WrongRoomCode, "nope", true), Direction::ToAttendee);
        QVERIFY(error.ok());
        QCOMPARE(error.message.body.value("code").toString(), QStringLiteral("wrong_room_code"));
    }

    void answerRoundTripTakesDeviceFromConnection()
    {
        Rating rating;
        rating.sessionId = "s";
        rating.round = 2;
        rating.statementId = "q";
        rating.pseudonym = "p";
        rating.answer = 0;
        rating.sequence = 42;
        rating.deviceId = "mine";
        rating.updatedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
        const Rating back = answerFromJson(answerToJson(rating), "connection-device");
        QCOMPARE(back.sequence, 42);
        QCOMPARE(back.deviceId, QStringLiteral("connection-device"));
        QCOMPARE(back.updatedAt, rating.updatedAt);
        QCOMPARE(back.answer, 0);
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
