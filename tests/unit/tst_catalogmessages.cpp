// The catalog parser's messages go through the app's translator (context dp::CatalogMessages),
// stay English without one (the CLI, logs), keep the technical place in front so the editor can
// still find it, and the editor's message follows a translator installed or removed later.
#include "catalog/catalog.h"
#include "editor/catalogeditor.h"
#include "markingtranslator.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace dp;

namespace {

const char* const Context = "dp::CatalogMessages";
const QString Marker = QStringLiteral("[de] ");

// A document with one statement whose text is empty.
QByteArray statementWithoutText()
{
    return R"({"format": "dialogpunkte-catalog", "formatVersion": 1, "id": "k",
        "title": "Katalog", "scales": [{"id": "a", "kind": "ordinal", "points": 4}],
        "dimensions": [{"id": "d", "title": "Netzwerk",
            "statements": [{"id": "s", "text": ""}]}]})";
}

} // namespace

class TestCatalogMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void englishWithoutTranslator()
    {
        const Catalog::ParseResult result = Catalog::fromJson(statementWithoutText());
        QCOMPARE(result.error, QStringLiteral("dimensions[0].statements[0]: \"text\" is empty"));
    }

    void messagesGoThroughTheTranslator_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty text") << statementWithoutText()
                                    << QStringLiteral("dimensions[0].statements[0]: ") + Marker
                + QStringLiteral("\"text\" is empty");
        QTest::newRow("not json") << QByteArray("{ nope")
                                  << Marker + QStringLiteral("not valid JSON: ");
        QTest::newRow("no format") << QByteArray(
            "{}") << Marker + QStringLiteral("not a Dialogpunkte catalog: \"format\" is missing");
        QTest::newRow("bipolar without poles")
            << QByteArray(R"({"format": "dialogpunkte-catalog", "formatVersion": 1, "id": "k",
                "title": "K", "scales": [{"id": "b", "kind": "bipolar", "points": 5}],
                "dimensions": []})")
            << QStringLiteral("scales[0]: ") + Marker
                + QStringLiteral("\"leftPole\" is missing (a bipolar scale needs both poles)");
        QTest::newRow("bad language")
            << QByteArray(R"({"format": "dialogpunkte-catalog", "formatVersion": 1, "id": "k",
                "title": {"Deutsch": "K"}})")
            << QStringLiteral("title: ") + Marker + QStringLiteral("\"Deutsch\" is not a language");
    }

    void messagesGoThroughTheTranslator()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        test::MarkingTranslator translator(Context, Marker);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString error = Catalog::fromJson(json).error;
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        // The translated text must not swallow a placeholder: nothing like "%1" is left over.
        QVERIFY2(!error.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(error));
    }

    void editorFollowsTheTranslator()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        editor.setCurrentStatement(0);
        editor.setStatementText(0, QStringLiteral("de"), QString());
        editor.setStatementText(0, QStringLiteral("en"), QString());
        const QString english = editor.validationMessage();
        QVERIFY2(english.endsWith(QLatin1String(": \"text\" is empty")), qPrintable(english));
        QCOMPARE(editor.problemPlace(), QStringLiteral("Dimension 1 \"Grundidee\", statement 1"));

        QSignalSpy changed(&editor, &CatalogEditor::changed);
        test::MarkingTranslator translator(Context, Marker);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QVERIFY(changed.count() > 0);
        QVERIFY2(editor.validationMessage().endsWith(Marker + QStringLiteral("\"text\" is empty")),
            qPrintable(editor.validationMessage()));
        // The place is still found in the translated message.
        QCOMPARE(editor.problemPlace(), QStringLiteral("Dimension 1 \"Grundidee\", statement 1"));
        QVERIFY(editor.goToProblem());
        QCOMPARE(editor.currentStatement(), 0);

        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(editor.validationMessage(), english);
    }
};

QTEST_GUILESS_MAIN(TestCatalogMessages)
#include "tst_catalogmessages.moc"
