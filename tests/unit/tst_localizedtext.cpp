#include "catalog/localizedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(dp::LocalizedText)

using namespace dp;

/// Multilingual catalog text: JSON forms, validation and the language fallback chain.
class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void plainStringIsGerman()
    {
        QString error = QStringLiteral("stale");
        const LocalizedText text = LocalizedText::fromJson(QJsonValue(u"Netzwerk"_qs), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(text.has(u"de"_qs));
        QCOMPARE(text.languages(), QStringList { u"de"_qs });
        QCOMPARE(text.text(u"de"_qs), u"Netzwerk"_qs);
        QCOMPARE(text, LocalizedText(u"Netzwerk"_qs));
    }

    void objectWithLanguages()
    {
        QString error;
        const QJsonObject object { { u"de"_qs, u"Planung"_qs }, { u"en"_qs, u"Planning"_qs },
            { u"tr"_qs, u"Planlama"_qs } };
        const LocalizedText text = LocalizedText::fromJson(object, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(text.languages(), (QStringList { u"de"_qs, u"en"_qs, u"tr"_qs }));
        QCOMPARE(text.text(u"tr"_qs), u"Planlama"_qs);
        QCOMPARE(text.text(u"en"_qs), u"Planning"_qs);
    }

    void fallbackChain()
    {
        const LocalizedText all { { u"de"_qs, u"Ja"_qs }, { u"en"_qs, u"Yes"_qs },
            { u"uk"_qs, u"Так"_qs } };
        QCOMPARE(all.text(u"uk"_qs), u"Так"_qs);
        QCOMPARE(all.text(u"de-AT"_qs), u"Ja"_qs); // region falls back to its language
        QCOMPARE(all.text(u"ar"_qs), u"Yes"_qs); // missing language: English first

        const LocalizedText germanOnly(u"Ja"_qs);
        QCOMPARE(germanOnly.text(u"ar"_qs), u"Ja"_qs); // then German

        const LocalizedText others { { u"tr"_qs, u"Evet"_qs }, { u"ru"_qs, u"Да"_qs } };
        QCOMPARE(others.text(u"fr"_qs), u"Да"_qs); // then the alphabetically first language

        QCOMPARE(LocalizedText().text(u"de"_qs), QString());
        QVERIFY(LocalizedText().isEmpty());
    }

    void rejectsMalformedValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << QByteArray("[5]") << u"must be a string or an object"_qs;
        QTest::newRow("array") << QByteArray("[[\"a\"]]") << u"must be a string or an object"_qs;
        QTest::newRow("bool") << QByteArray("[true]") << u"must be a string or an object"_qs;
        QTest::newRow("language key")
            << QByteArray(R"([{"Deutsch": "Hallo"}])") << u"\"Deutsch\" is not a language code"_qs;
        QTest::newRow("value type")
            << QByteArray(R"([{"de": "Hallo", "en": 3}])") << u"\"en\" must be a string"_qs;
    }

    void rejectsMalformedValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QJsonValue value = QJsonDocument::fromJson(json).array().first();
        QString error;
        const LocalizedText text = LocalizedText::fromJson(value, &error);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(text.isEmpty());
    }

    void toJsonKeepsGermanShorthand()
    {
        QCOMPARE(LocalizedText(u"Grundidee"_qs).toJson(), QJsonValue(u"Grundidee"_qs));
        const LocalizedText both { { u"de"_qs, u"Grundidee"_qs }, { u"en"_qs, u"Basic idea"_qs } };
        const QJsonValue json = both.toJson();
        QVERIFY(json.isObject());
        QCOMPARE(json.toObject().value(u"en"_qs).toString(), u"Basic idea"_qs);
        // English only must stay an object, or it would come back as German.
        const LocalizedText english { { u"en"_qs, u"Only English"_qs } };
        QVERIFY(english.toJson().isObject());
    }

    void roundTrip_data()
    {
        QTest::addColumn<LocalizedText>("text");
        QTest::newRow("german") << LocalizedText(u"Hallo"_qs);
        QTest::newRow("english only") << LocalizedText { { u"en"_qs, u"Hello"_qs } };
        QTest::newRow("six languages") << LocalizedText { { u"de"_qs, u"weiß ich nicht"_qs },
            { u"en"_qs, u"I don't know"_qs }, { u"tr"_qs, u"bilmiyorum"_qs },
            { u"ar"_qs, u"لا أعرف"_qs }, { u"ru"_qs, u"не знаю"_qs }, { u"uk"_qs, u"не знаю"_qs } };
        QTest::newRow("empty") << LocalizedText();
    }

    void roundTrip()
    {
        QFETCH(LocalizedText, text);
        QString error;
        QCOMPARE(LocalizedText::fromJson(text.toJson(), &error), text);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void setTrimsAndRemovesBlank()
    {
        LocalizedText text(u"  Hallo  "_qs);
        QCOMPARE(text.text(u"de"_qs), u"Hallo"_qs);
        text.set(u"en"_qs, u"Hello"_qs);
        QVERIFY(text.has(u"en"_qs));
        text.set(u"en"_qs, u"   "_qs);
        QVERIFY(!text.has(u"en"_qs));
        text.set(u"de"_qs, QString());
        QVERIFY(text.isEmpty());
    }

    void equalityIgnoresInsertionOrder()
    {
        const LocalizedText a { { u"de"_qs, u"A"_qs }, { u"en"_qs, u"B"_qs } };
        const LocalizedText b { { u"en"_qs, u"B"_qs }, { u"de"_qs, u"A"_qs } };
        QCOMPARE(a, b);
        QVERIFY(a != LocalizedText(u"A"_qs));
    }
};

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
