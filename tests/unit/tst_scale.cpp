#include "catalog/scale.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(dp::Scale)

using namespace dp;

namespace {

QJsonObject object(const char* json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qFatal("test JSON is broken: %s", qPrintable(parseError.errorString()));
    return document.object();
}

Scale agreement6()
{
    Scale scale;
    scale.id = u"agree6"_qs;
    scale.points = 6;
    const char* german[] = { "stimme gar nicht zu", "stimme nicht zu", "stimme eher nicht zu",
        "stimme eher zu", "stimme zu", "stimme voll zu" };
    const char* english[] = { "strongly disagree", "disagree", "somewhat disagree",
        "somewhat agree", "agree", "strongly agree" };
    for (int i = 0; i < 6; ++i)
        scale.labels.append({ { u"de"_qs, QString::fromUtf8(german[i]) },
            { u"en"_qs, QString::fromUtf8(english[i]) } });
    return scale;
}

} // namespace

/// Answer scales: which stored values they accept, how points are labelled, and their JSON form.
class TestScale : public QObject
{
    Q_OBJECT

private slots:
    void acceptsPointsAndCannotJudge()
    {
        Scale scale = agreement6();
        QVERIFY(scale.accepts(1));
        QVERIFY(scale.accepts(6));
        QVERIFY(scale.accepts(CannotJudgeAnswer));
        QVERIFY(!scale.accepts(7));
        QVERIFY(!scale.accepts(-1));

        scale.allowCannotJudge = false;
        QVERIFY(!scale.accepts(CannotJudgeAnswer));
        QVERIFY(scale.accepts(3));
    }

    void labelForPoints()
    {
        const Scale scale = agreement6();
        QCOMPARE(scale.labelFor(1, u"de"_qs), u"stimme gar nicht zu"_qs);
        QCOMPARE(scale.labelFor(6, u"en"_qs), u"strongly agree"_qs);
        QCOMPARE(scale.labelFor(4, u"tr"_qs), u"somewhat agree"_qs); // falls back to English
        QCOMPARE(scale.labelFor(7, u"de"_qs), QString());
        QCOMPARE(scale.labelFor(-3, u"de"_qs), QString());
    }

    void labelForCannotJudge()
    {
        Scale scale = agreement6();
        QCOMPARE(scale.labelFor(CannotJudgeAnswer, u"de"_qs), u"kann ich nicht einschätzen"_qs);
        QCOMPARE(scale.labelFor(CannotJudgeAnswer, u"en"_qs), u"can't judge"_qs);
        scale.cannotJudgeLabel = LocalizedText(u"weiß ich nicht"_qs);
        QCOMPARE(scale.labelFor(CannotJudgeAnswer, u"de"_qs), u"weiß ich nicht"_qs);
    }

    void labelForUnlabelledScaleIsNumber()
    {
        Scale scale;
        scale.kind = Scale::Kind::Bipolar;
        scale.points = 7;
        QCOMPARE(scale.labelFor(3, u"de"_qs), u"3"_qs);
    }

    void midpoint()
    {
        Scale scale;
        scale.points = 7;
        scale.hasMidpoint = true;
        QCOMPARE(scale.midpointValue(), 4);
        scale.hasMidpoint = false;
        QCOMPARE(scale.midpointValue(), 0);
    }

    void parsesEachKind()
    {
        QString error = u"stale"_qs;
        const Scale bipolar = Scale::fromJson(object(R"({"id": "profil", "kind": "bipolar",
            "points": 7, "midpoint": true,
            "leftPole": {"de": "lose", "en": "loose"}, "rightPole": {"de": "verbindlich", "en": "binding"}})"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bipolar.kind, Scale::Kind::Bipolar);
        QCOMPARE(bipolar.points, 7);
        QVERIFY(bipolar.hasMidpoint);
        QCOMPARE(bipolar.leftPole.text(u"en"_qs), u"loose"_qs);
        QVERIFY(bipolar.allowCannotJudge); // default on: not knowing is information too

        const Scale faces = Scale::fromJson(object(R"({"id": "faces3", "kind": "pictogram",
            "points": 3, "pictograms": ["sad", "neutral", "happy"], "allowCannotJudge": false})"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(faces.kind, Scale::Kind::Pictogram);
        QCOMPARE(faces.pictograms, (QStringList { u"sad"_qs, u"neutral"_qs, u"happy"_qs }));
        QVERIFY(!faces.allowCannotJudge);
        QVERIFY(!faces.accepts(CannotJudgeAnswer));

        const Scale ordinal
            = Scale::fromJson(object(R"({"id": "ten", "kind": "ordinal", "points": 10})"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ordinal.points, 10);
        QCOMPARE(ordinal.labelFor(10, u"de"_qs), u"10"_qs);
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no id") << QByteArray(R"({"kind": "ordinal", "points": 6})")
                               << u"\"id\" is missing"_qs;
        QTest::newRow("no kind") << QByteArray(R"({"id": "s", "points": 6})")
                                 << u"\"kind\" is missing"_qs;
        QTest::newRow("unknown kind") << QByteArray(R"({"id": "s", "kind": "likert", "points": 6})")
                                      << u"unknown \"kind\" \"likert\""_qs;
        QTest::newRow("no points")
            << QByteArray(R"({"id": "s", "kind": "ordinal"})") << u"\"points\" is missing"_qs;
        QTest::newRow("fraction") << QByteArray(R"({"id": "s", "kind": "ordinal", "points": 5.5})")
                                  << u"\"points\" must be a whole number"_qs;
        QTest::newRow("ordinal 3")
            << QByteArray(R"({"id": "s", "kind": "ordinal", "points": 3})")
            << u"\"points\" must be between 4 and 10 for ordinal scales (got 3)"_qs;
        QTest::newRow("ordinal 11") << QByteArray(R"({"id": "s", "kind": "ordinal", "points": 11})")
                                    << u"between 4 and 10 for ordinal scales (got 11)"_qs;
        QTest::newRow("bipolar 3") << QByteArray(
            R"({"id": "s", "kind": "bipolar", "points": 3, "leftPole": "a", "rightPole": "b"})")
                                   << u"between 4 and 10 for bipolar scales (got 3)"_qs;
        QTest::newRow("pictogram 2") << QByteArray(
            R"({"id": "s", "kind": "pictogram", "points": 2, "pictograms": ["sad", "happy"]})")
                                     << u"between 3 and 10 for pictogram scales (got 2)"_qs;
        QTest::newRow("midpoint even")
            << QByteArray(R"({"id": "s", "kind": "ordinal", "points": 6, "midpoint": true})")
            << u"\"midpoint\" needs an odd number of points (got 6)"_qs;
        QTest::newRow("labels count") << QByteArray(
            R"({"id": "s", "kind": "ordinal", "points": 4, "labels": ["a", "b", "c"]})")
                                      << u"\"labels\" has 3 entries but the scale has 4 points"_qs;
        QTest::newRow("empty label") << QByteArray(
            R"({"id": "s", "kind": "ordinal", "points": 4, "labels": ["a", "b", " ", "d"]})")
                                     << u"labels[2]: label is empty"_qs;
        QTest::newRow("bipolar no poles")
            << QByteArray(R"({"id": "s", "kind": "bipolar", "points": 6})")
            << u"\"leftPole\" is missing (a bipolar scale needs both poles)"_qs;
        QTest::newRow("bipolar one pole")
            << QByteArray(R"({"id": "s", "kind": "bipolar", "points": 6, "leftPole": "a"})")
            << u"\"rightPole\" is missing (a bipolar scale needs both poles)"_qs;
        QTest::newRow("pictogram none")
            << QByteArray(R"({"id": "s", "kind": "pictogram", "points": 5})")
            << u"a pictogram scale needs \"pictograms\""_qs;
        QTest::newRow("pictogram count")
            << QByteArray(
                   R"({"id": "s", "kind": "pictogram", "points": 4, "pictograms": ["sad", "happy"]})")
            << u"\"pictograms\" has 2 entries but the scale has 4 points"_qs;
        QTest::newRow("pictogram twice") << QByteArray(
            R"({"id": "s", "kind": "pictogram", "points": 3, "pictograms": ["sad", "sad", "happy"]})")
                                         << u"pictograms[1]: pictogram \"sad\" is used twice"_qs;
        QTest::newRow("pictogram name") << QByteArray(
            R"({"id": "s", "kind": "pictogram", "points": 3, "pictograms": ["Sad Face", "neutral", "happy"]})")
                                        << u"pictograms[0]: pictogram names are lower-case"_qs;
        QTest::newRow("cannot judge type") << QByteArray(
            R"({"id": "s", "kind": "ordinal", "points": 4, "allowCannotJudge": "yes"})")
                                           << u"\"allowCannotJudge\" must be true or false"_qs;
    }

    void rejectsInvalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const Scale scale = Scale::fromJson(object(json.constData()), &error);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(scale, Scale()); // nothing half-parsed leaks out
    }

    void errorsCarryThePath()
    {
        QString error;
        Scale::fromJson(
            object(R"({"id": "s", "kind": "ordinal", "points": 4, "labels": ["a", 5, "c", "d"]})"),
            &error, u"scales[3]"_qs);
        QCOMPARE(error,
            u"scales[3].labels[1]: must be a string or an object of languages, e.g. {\"de\": \"...\", \"en\": \"...\"}"_qs);
        Scale::fromJson(
            object(R"({"id": "s", "kind": "ordinal", "points": 40})"), &error, u"scales[0]"_qs);
        QVERIFY2(error.startsWith(u"scales[0]: \"points\""_qs), qPrintable(error));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Scale>("scale");
        QTest::newRow("ordinal") << agreement6();
        Scale bipolar;
        bipolar.id = u"profil"_qs;
        bipolar.kind = Scale::Kind::Bipolar;
        bipolar.points = 5;
        bipolar.hasMidpoint = true;
        bipolar.leftPole = LocalizedText(u"lose"_qs);
        bipolar.rightPole = LocalizedText(u"verbindlich"_qs);
        bipolar.allowCannotJudge = false;
        QTest::newRow("bipolar") << bipolar;
        Scale faces;
        faces.id = u"faces"_qs;
        faces.kind = Scale::Kind::Pictogram;
        faces.points = 5;
        faces.pictograms = Scale::knownPictograms().mid(0, 5);
        faces.cannotJudgeLabel
            = { { u"de"_qs, u"weiß ich nicht"_qs }, { u"ar"_qs, u"لا أعرف"_qs } };
        QTest::newRow("pictogram") << faces;
    }

    void roundTrip()
    {
        QFETCH(Scale, scale);
        QString error;
        const Scale parsed = Scale::fromJson(scale.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed, scale);
    }
};

QTEST_GUILESS_MAIN(TestScale)
#include "tst_scale.moc"
