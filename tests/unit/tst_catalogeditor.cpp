// The catalog editor: validation by the real parser, structure edits, translation flags.
#include "editor/catalogeditor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dp;

namespace {

const QString De = QStringLiteral("de");
const QString En = QStringLiteral("en");

QStringList dimensionIds(const CatalogEditor& editor)
{
    QStringList ids;
    for (const Dimension& d : editor.catalog().dimensions)
        ids.append(d.id);
    return ids;
}

QStringList modelIds(QAbstractListModel* model, int role)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row).data(role).toString());
    return ids;
}

// A valid two-dimension catalog built through the editor's own commands.
void buildSmallCatalog(CatalogEditor* editor)
{
    editor->newCatalog();
    for (int d = 0; d < 2; ++d) {
        const int row = editor->addDimension();
        editor->setDimensionTitle(row, De, QStringLiteral("Dimension %1").arg(d));
        editor->setDimensionTitle(row, En, QStringLiteral("Dimension %1 en").arg(d));
        for (int s = 0; s < 3; ++s) {
            const int statement = editor->addStatement();
            editor->setStatementText(statement, De, QStringLiteral("Aussage %1.%2").arg(d).arg(s));
            editor->setStatementText(
                statement, En, QStringLiteral("Statement %1.%2").arg(d).arg(s));
        }
    }
}

} // namespace

class TestCatalogEditor : public QObject
{
    Q_OBJECT

private slots:
    void modelsStayConsistentThroughEdits()
    {
        CatalogEditor editor;
        QAbstractItemModelTester dimensionTester(
            editor.dimensions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester statementTester(
            editor.statements(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        buildSmallCatalog(&editor);
        editor.setCurrentDimension(0);
        QVERIFY(editor.moveStatement(0, 1));
        QVERIFY(editor.moveStatement(2, -1));
        QVERIFY(editor.removeStatement(1));
        QVERIFY(editor.moveDimension(0, 1));
        QVERIFY(editor.removeDimension(1));
        editor.setLanguage(En);
        QCOMPARE(editor.dimensions()->property("count").toInt(), 1);
        QCOMPARE(editor.statements()->property("count").toInt(), 3);
        QVERIFY(editor.dimensions()->roleNames().contains(DimensionEditModel::TitleRole));
        QCOMPARE(editor.statements()->roleNames().value(StatementEditModel::TextRole),
            QByteArray("text"));
    }

    void newCatalogNamesWhatIsMissing()
    {
        CatalogEditor editor;
        editor.newCatalog();
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.validationMessage(), QStringLiteral("\"dimensions\" must not be empty"));
        QVERIFY(!editor.isDirty());
    }

    void newCatalogIsFreshUntilEdited()
    {
        CatalogEditor editor; // the editor starts with a new catalog
        QVERIFY(editor.isFresh());
        QSignalSpy changed(&editor, &CatalogEditor::changed);
        editor.setCatalogTitle(De, QStringLiteral("Unser Katalog"));
        QVERIFY(!editor.isFresh());
        QVERIFY(!editor.isValid()); // now its problems are worth reporting
        QVERIFY(changed.size() > 0);
        editor.newCatalog();
        QVERIFY(editor.isFresh());
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        QVERIFY(!editor.isFresh());
        editor.newCatalog();
        editor.setCurrentDimension(0); // looking is not editing
        QVERIFY(editor.isFresh());
        editor.addDimension();
        QVERIFY(!editor.isFresh());
    }

    void statementWithoutTextIsNamed()
    {
        CatalogEditor editor;
        buildSmallCatalog(&editor);
        QVERIFY2(editor.isValid(), qPrintable(editor.validationMessage()));
        editor.setCurrentDimension(1);
        const int row = editor.addStatement();
        QCOMPARE(row, 3);
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.validationMessage(),
            QStringLiteral("dimensions[1].statements[3]: \"text\" is empty"));
        editor.setStatementText(row, De, QStringLiteral("Neue Aussage"));
        QVERIFY2(editor.isValid(), qPrintable(editor.validationMessage()));
    }

    void dimensionWithoutStatementsIsNamed()
    {
        CatalogEditor editor;
        buildSmallCatalog(&editor);
        const int row = editor.addDimension();
        editor.setDimensionTitle(row, De, QStringLiteral("Leer"));
        QCOMPARE(editor.validationMessage(),
            QStringLiteral("dimensions[2]: \"statements\" must not be empty"));
    }

    void scaleProblemsAreNamed()
    {
        CatalogEditor editor;
        buildSmallCatalog(&editor);
        ScaleEditor* scale = editor.scale();
        QCOMPARE(scale->scaleId(), QStringLiteral("zustimmung"));

        scale->setPoints(1);
        QCOMPARE(editor.validationMessage(),
            QStringLiteral("scales[0]: \"points\" must be between 4 and 10 for ordinal scales "
                           "(got 1)"));
        scale->setPoints(6);
        QVERIFY(editor.isValid());

        scale->setMidpoint(true);
        QCOMPARE(editor.validationMessage(),
            QStringLiteral("scales[0]: \"midpoint\" needs an odd number of points (got 6)"));
        scale->setPoints(7);
        QVERIFY2(editor.isValid(), qPrintable(editor.validationMessage()));
        QCOMPARE(editor.catalog().scales.at(0).midpointValue(), 4);

        scale->setLabel(0, De, QStringLiteral("gar nicht"));
        QCOMPARE(editor.validationMessage(), QStringLiteral("scales[0].labels[1]: label is empty"));
        scale->clearLabels();
        QVERIFY(editor.isValid());

        const QString bipolar = editor.addScale(QStringLiteral("bipolar"));
        QCOMPARE(editor.scaleIds(), QStringList({ QStringLiteral("zustimmung"), bipolar }));
        QVERIFY(editor.validationMessage().contains(QLatin1String("a bipolar scale needs both")));
        scale->setPole(true, De, QStringLiteral("selten"));
        scale->setPole(false, De, QStringLiteral("häufig"));
        QVERIFY2(editor.isValid(), qPrintable(editor.validationMessage()));
        QCOMPARE(scale->pole(false, De), QStringLiteral("häufig"));

        QVERIFY(editor.setStatementScale(0, bipolar));
        QCOMPARE(editor.statementScale(0), bipolar);
        QVERIFY(editor.setStatementScale(0, QStringLiteral("zustimmung")));
        QVERIFY(editor.catalog().dimensions.at(1).statements.at(0).scaleId.isEmpty());

        editor.addScale(QStringLiteral("pictogram"));
        QCOMPARE(scale->pictograms().size(), 6);
        scale->setPoints(3);
        QCOMPARE(scale->pictograms().size(), 3);
        QVERIFY2(editor.isValid(), qPrintable(editor.validationMessage()));
        scale->setPictogram(1, scale->pictograms().at(0));
        QVERIFY(editor.validationMessage().contains(QLatin1String("is used twice")));

        scale->setAllowCannotJudge(false);
        QVERIFY(!editor.catalog().scales.last().allowCannotJudge);
    }

    void reorderMovesItemsAndStopsAtTheEnds()
    {
        CatalogEditor editor;
        buildSmallCatalog(&editor);
        const QStringList before = dimensionIds(editor);
        QVERIFY(!editor.moveDimension(0, -1));
        QVERIFY(!editor.moveDimension(1, 1));
        editor.setCurrentDimension(0);
        QVERIFY(editor.moveDimension(0, 1));
        QCOMPARE(dimensionIds(editor), QStringList({ before.at(1), before.at(0) }));
        QCOMPARE(modelIds(editor.dimensions(), DimensionEditModel::IdRole), dimensionIds(editor));
        QCOMPARE(editor.currentDimension(), 1); // the statement list follows its dimension

        const QStringList statements = modelIds(editor.statements(), StatementEditModel::IdRole);
        editor.setCurrentStatement(2);
        QVERIFY(editor.moveStatement(2, -1));
        QCOMPARE(editor.currentStatement(), 1);
        QCOMPARE(modelIds(editor.statements(), StatementEditModel::IdRole),
            QStringList({ statements.at(0), statements.at(2), statements.at(1) }));
        QVERIFY(!editor.moveStatement(2, 1));
        QVERIFY(editor.isValid());
    }

    void deleteRemovesAndKeepsASelection()
    {
        CatalogEditor editor;
        buildSmallCatalog(&editor);
        const QStringList before = dimensionIds(editor);
        editor.setCurrentDimension(1);
        const QString kept = editor.catalog().dimensions.at(1).statements.at(2).id;
        QVERIFY(editor.removeStatement(0));
        QVERIFY(editor.removeStatement(0));
        QCOMPARE(modelIds(editor.statements(), StatementEditModel::IdRole), QStringList { kept });
        QCOMPARE(editor.dimensions()->index(1).data(DimensionEditModel::StatementCountRole), 1);
        QVERIFY(!editor.removeStatement(5));

        QVERIFY(editor.removeDimension(0));
        QCOMPARE(dimensionIds(editor), QStringList { before.at(1) });
        QCOMPARE(editor.currentDimension(), 0);
        QVERIFY(editor.removeStatement(0));
        QCOMPARE(editor.validationMessage(),
            QStringLiteral("dimensions[0]: \"statements\" must not be empty"));
        QVERIFY(editor.removeDimension(0));
        QCOMPARE(editor.currentDimension(), -1);
        QCOMPARE(editor.addStatement(), -1);
    }

    void translationMissingFlagsFollowTheTexts()
    {
        CatalogEditor editor;
        buildSmallCatalog(&editor);
        QVERIFY(editor.missingTranslations().isEmpty());
        editor.setCurrentDimension(0);
        editor.setStatementText(1, En, QString());
        const QModelIndex statement = editor.statements()->index(1);
        QCOMPARE(statement.data(StatementEditModel::MissingLanguagesRole).toStringList(),
            QStringList { En });
        QVERIFY(statement.data(StatementEditModel::TranslationMissingRole).toBool());
        QVERIFY(!editor.statements()
                     ->index(0)
                     .data(StatementEditModel::TranslationMissingRole)
                     .toBool());
        QCOMPARE(editor.missingTranslations(),
            QStringList { QStringLiteral("dimensions[0].statements[1].text (en)") });
        QVERIFY(editor.isValid()); // a missing translation is a warning, not an error

        editor.setDimensionTitle(1, De, QString());
        QCOMPARE(editor.dimensions()
                     ->index(1)
                     .data(DimensionEditModel::MissingLanguagesRole)
                     .toStringList(),
            QStringList { De });
        editor.setLanguage(De);
        QCOMPARE(editor.dimensions()->index(1).data(DimensionEditModel::TitleRole).toString(),
            QStringLiteral("Dimension 1 en")); // the list falls back; the form shows the gap
        QVERIFY(editor.dimensionTitle(1, De).isEmpty());

        editor.setStatementText(1, En, QStringLiteral("Statement again"));
        QVERIFY(!statement.data(StatementEditModel::TranslationMissingRole).toBool());
    }

    void selectingDoesNotMarkDirty()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        editor.setCurrentDimension(1);
        editor.setCurrentStatement(0);
        editor.setLanguage(En);
        QVERIFY(!editor.isDirty());
        editor.setStatementText(0, En, QStringLiteral("Changed"));
        QVERIFY(editor.isDirty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
