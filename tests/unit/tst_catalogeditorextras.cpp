// The catalog editor's languages, scale list and jumping to the place a validation problem names.
#include "editor/catalogeditor.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace dp;

namespace {

const QString De = QStringLiteral("de");
const QString En = QStringLiteral("en");

} // namespace

class TestCatalogEditorExtras : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addLanguageMarksEveryTextMissing()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        QVERIFY(editor.missingTranslations().isEmpty());
        QSignalSpy languageSpy(&editor, &CatalogEditor::languageChanged);

        QVERIFY(editor.addLanguage(QStringLiteral(" tr ")));
        QCOMPARE(editor.languages(), QStringList({ De, En, QStringLiteral("tr") }));
        QCOMPARE(editor.language(), QStringLiteral("tr"));
        QCOMPARE(languageSpy.count(), 1);
        QVERIFY(editor.isDirty());
        QVERIFY(editor.missingTranslations().contains(QStringLiteral("title (tr)")));
        QVERIFY(editor.isValid()); // missing texts in a new language are warnings
        QVERIFY(editor.dimensions()
                    ->index(0)
                    .data(DimensionEditModel::TranslationMissingRole)
                    .toBool());

        QVERIFY(!editor.addLanguage(QStringLiteral("tr")));
        QVERIFY(editor.lastError().contains(QLatin1String("already has")));
        QVERIFY(!editor.addLanguage(QStringLiteral("Türkisch")));
        QVERIFY(editor.lastError().contains(QLatin1String("not a language code")));
        QVERIFY(editor.addLanguage(QStringLiteral("pt-BR")));
        QVERIFY(editor.lastError().isEmpty());
        QCOMPARE(editor.languages().size(), 4);
    }

    void optionalTextsAreEditedAndFlagged()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        editor.setCurrentStatement(0);
        const QString help = editor.statementHelp(0, En);
        editor.setStatementHelp(0, De, QStringLiteral("Gemeint ist das ganze Netzwerk."));
        QCOMPARE(editor.statementHelp(0, De), QStringLiteral("Gemeint ist das ganze Netzwerk."));
        QCOMPARE(editor.catalog().dimensions.at(0).statements.at(0).help.text(De),
            QStringLiteral("Gemeint ist das ganze Netzwerk."));
        QCOMPARE(
            editor.statements()->index(0).data(StatementEditModel::TranslationMissingRole).toBool(),
            help.isEmpty());

        editor.setDimensionDescription(1, De, QStringLiteral("Ziele, die alle teilen."));
        editor.setDimensionDescription(1, En, QString());
        QCOMPARE(editor.dimensionDescription(1, De), QStringLiteral("Ziele, die alle teilen."));
        QVERIFY(editor.dimensionDescription(1, En).isEmpty());
        QVERIFY(editor.missingTranslations().contains(
            QStringLiteral("dimensions[1].description (en)")));
        QVERIFY(editor.isValid());
        QVERIFY(editor.dimensionDescription(99, De).isEmpty());
    }

    void defaultPathIsInTheDocumentsFolder()
    {
        CatalogEditor editor;
        editor.setCatalogId(QStringLiteral("mein-katalog"));
        const QString path = editor.defaultFilePath();
        QVERIFY(path.endsWith(QLatin1String("/mein-katalog.json")));
        QVERIFY(
            path.startsWith(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    }

    void goToProblemSelectsTheStatementWithoutText()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        QVERIFY(!editor.goToProblem()); // nothing to go to
        editor.setCurrentDimension(2);
        const int added = editor.addStatement();
        editor.setCurrentDimension(0);
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.problemPlace(),
            QStringLiteral("Dimension 3 \"%1\", statement %2")
                .arg(editor.dimensionTitle(2, De))
                .arg(added + 1));
        // The place is said in words, so the detail drops the parser's path.
        QCOMPARE(editor.validationMessage(),
            QStringLiteral("dimensions[2].statements[%1]: \"text\" is empty").arg(added));
        QCOMPARE(editor.problemDetail(), QStringLiteral("\"text\" is empty"));
        QVERIFY(editor.goToProblem());
        QCOMPARE(editor.currentDimension(), 2);
        QCOMPARE(editor.currentStatement(), editor.statements()->rowCount() - 1);
    }

    void problemDetailKeepsWhatThePlaceDoesNotSay()
    {
        CatalogEditor editor;
        QVERIFY(!editor.isValid()); // a new catalog has no dimensions yet
        QVERIFY(editor.problemPlace().isEmpty());
        QCOMPARE(editor.problemDetail(), editor.validationMessage());

        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        editor.scale()->setPoints(editor.scale()->points() + 1); // the new point has no label
        QVERIFY(!editor.isValid());
        const QString path
            = QStringLiteral("scales[0].labels[%1]").arg(editor.scale()->points() - 1);
        QCOMPARE(editor.validationMessage(), path + QStringLiteral(": label is empty"));
        QVERIFY(!editor.problemPlace().isEmpty());
        QCOMPARE(editor.problemDetail(), editor.validationMessage()); // ".labels[n]" is kept
    }

    void goToProblemSelectsTheOnePointScale()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const QString bipolar = editor.addScale(QStringLiteral("bipolar"));
        editor.scale()->setPole(true, De, QStringLiteral("selten"));
        editor.scale()->setPole(false, De, QStringLiteral("häufig"));
        editor.scale()->setPoints(1);
        QVERIFY(!editor.isValid());
        QVERIFY(editor.validationMessage().startsWith(QLatin1String("scales[1]")));
        QCOMPARE(editor.problemPlace(), QStringLiteral("Scale \"%1\"").arg(bipolar));
        QVERIFY2(editor.problemDetail().startsWith(QLatin1String("\"points\" must be between")),
            qPrintable(editor.problemDetail()));
        QVERIFY(editor.editScale(editor.defaultScaleId()));
        QVERIFY(editor.goToProblem());
        QCOMPARE(editor.scale()->scaleId(), bipolar);
    }

    void removeScaleRefusesUsedAndDefaultScales()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const QString defaultScale = editor.defaultScaleId();
        const QString extra = editor.addScale(QStringLiteral("pictogram"));
        editor.setCurrentStatement(0);
        QVERIFY(editor.setStatementScale(0, extra));

        // What blocks the deletion is named by the statement's text in the editing language, or
        // by its id where it has no text.
        editor.setLanguage(En);
        QCOMPARE(editor.statementsUsingScale(extra),
            QStringList { editor.catalog().dimensions.at(0).statements.at(0).text.text(En) });
        editor.setStatementText(0, En, QString());
        editor.setStatementText(0, De, QString());
        QCOMPARE(editor.statementsUsingScale(extra),
            QStringList { editor.catalog().dimensions.at(0).statements.at(0).id });
        QVERIFY(editor.statementsUsingScale(defaultScale).isEmpty()); // followers of the default
        QVERIFY(editor.statementsUsingScale(QStringLiteral("no-such-scale")).isEmpty());

        QVERIFY(!editor.removeScale(defaultScale));
        QVERIFY(editor.lastError().contains(QLatin1String("default scale")));
        QVERIFY(!editor.removeScale(extra));
        QVERIFY(editor.lastError().contains(QLatin1String("is used by statement")));
        QVERIFY(editor.scaleIds().contains(extra));

        QVERIFY(editor.setStatementScale(0, defaultScale));
        QVERIFY(editor.statementsUsingScale(extra).isEmpty());
        QVERIFY(editor.removeScale(extra));
        QVERIFY(!editor.scaleIds().contains(extra));
        QCOMPARE(editor.scale()->scaleId(), defaultScale);
        QVERIFY(!editor.removeScale(QStringLiteral("no-such-scale")));
    }

    void changingTheDefaultKeepsWhatStatementsAsk()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const QString old = editor.defaultScaleId();
        const QString bipolar = editor.addScale(QStringLiteral("bipolar"));
        editor.scale()->setPole(true, De, QStringLiteral("selten"));
        editor.scale()->setPole(false, De, QStringLiteral("häufig"));
        editor.scale()->setPole(true, En, QStringLiteral("rarely"));
        editor.scale()->setPole(false, En, QStringLiteral("often"));
        editor.setCurrentStatement(1);
        QVERIFY(editor.setStatementScale(1, bipolar));

        editor.setDefaultScaleId(bipolar);
        QCOMPARE(editor.defaultScaleId(), bipolar);
        QCOMPARE(editor.statementScale(0), old);
        QCOMPARE(editor.statementScale(1), bipolar);
        QVERIFY(editor.catalog().dimensions.at(0).statements.at(1).scaleId.isEmpty());
        QVERIFY2(editor.isValid(), qPrintable(editor.validationMessage()));
        editor.setDefaultScaleId(QStringLiteral("no-such-scale"));
        QCOMPARE(editor.defaultScaleId(), bipolar);
    }
};

QTEST_GUILESS_MAIN(TestCatalogEditorExtras)
#include "tst_catalogeditorextras.moc"
