// Drives the editor page like a moderator: titles in two languages, dimensions and statements
// added, reordered and deleted, a bipolar scale with poles, pictograms, "can't judge", the
// validation messages, and an export that imports back to the identical catalog.
#include "editorwindow.h"

#include <QFile>
#include <QQmlContext>
#include <QQmlExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_EditorPlugin)

using namespace dp;

namespace {

const QString De = QStringLiteral("de");
const QString En = QStringLiteral("en");

QString bannerText(const EditorWindow& w)
{
    return w.find(QStringLiteral("validationBanner"))->property("text").toString();
}

} // namespace

class TestEditorFlow : public QObject
{
    Q_OBJECT

private slots:
    void editInTwoLanguages()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(!editor->isDirty());
        QVERIFY(!w.find(QStringLiteral("unsavedMark"))->isVisible());

        QVERIFY(w.click(QStringLiteral("tab_catalog")));
        QVERIFY(w.click(QStringLiteral("language_de")));
        QVERIFY(w.type(QStringLiteral("catalogTitle"), QStringLiteral("Unser Netzwerk")));
        QVERIFY(w.click(QStringLiteral("language_en")));
        QCOMPARE(w.find(QStringLiteral("catalogTitle"))->property("text").toString(),
            QStringLiteral("New catalog"));
        QVERIFY(w.type(QStringLiteral("catalogTitle"), QStringLiteral("Our network")));
        QCOMPARE(editor->catalogTitle(De), QStringLiteral("Unser Netzwerk"));
        QCOMPARE(editor->catalogTitle(En), QStringLiteral("Our network"));
        QVERIFY(w.find(QStringLiteral("unsavedMark"))->isVisible());

        // A dimension titled only in German is marked as missing its English title.
        QVERIFY(w.click(QStringLiteral("addDimension")));
        QCOMPARE(editor->dimensions()->rowCount(), 1);
        QVERIFY(w.click(QStringLiteral("language_de")));
        QVERIFY(w.type(QStringLiteral("dimensionTitle"), QStringLiteral("Netzwerk")));
        QCOMPARE(editor->dimensionTitle(0, De), QStringLiteral("Netzwerk"));
        QVERIFY(w.click(QStringLiteral("language_en")));
        QVERIFY(w.find(QStringLiteral("dimensionTitle_mark"))
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("translation missing")));
        QVERIFY(editor->missingTranslations().contains(QStringLiteral("dimensions[0].title (en)")));
        QVERIFY(w.type(QStringLiteral("dimensionTitle"), QStringLiteral("Network")));
        QVERIFY(!w.find(QStringLiteral("dimensionTitle_mark"))
                     ->property("text")
                     .toString()
                     .contains(QLatin1String("missing")));

        // A new language starts with every text missing.
        QVERIFY(w.type(QStringLiteral("newLanguage"), QStringLiteral("tr")));
        QVERIFY(w.click(QStringLiteral("addLanguage")));
        QCOMPARE(editor->languages().last(), QStringLiteral("tr"));
        QCOMPARE(editor->language(), QStringLiteral("tr"));
        QVERIFY(w.find(QStringLiteral("language_tr"))
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("missing")));
    }

    void replacingAnEditedCatalogAsksFirst()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        QVERIFY(w.click(QStringLiteral("statementItem_0")));
        QVERIFY(
            w.type(QStringLiteral("statementHelp"), QStringLiteral("Gemeint ist das Netzwerk.")));
        QCOMPARE(editor->statementHelp(0, De), QStringLiteral("Gemeint ist das Netzwerk."));
        QVERIFY(w.click(QStringLiteral("language_en")));
        QVERIFY(w.find(QStringLiteral("statementHelp_mark"))
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("translation missing")));
        const Catalog edited = editor->catalog();

        // Keep editing: nothing is replaced.
        QVERIFY(w.click(QStringLiteral("newCatalogButton")));
        QTRY_VERIFY(w.findObject(QStringLiteral("discardDialog"))->property("opened").toBool());
        QVERIFY(w.click(QStringLiteral("keepEditingButton")));
        QTRY_VERIFY(!w.findObject(QStringLiteral("discardDialog"))->property("visible").toBool());
        QVERIFY(editor->catalog() == edited);
        QVERIFY(editor->isDirty());

        // Discard: the new catalog replaces the edits.
        QVERIFY(w.click(QStringLiteral("newCatalogButton")));
        QTRY_VERIFY(w.findObject(QStringLiteral("discardDialog"))->property("opened").toBool());
        QVERIFY(w.click(QStringLiteral("discardButton")));
        QTRY_COMPARE(editor->catalogId(), QStringLiteral("neuer-katalog"));
        QVERIFY(!editor->isDirty());
    }

    void structureAndValidation()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const int dimensionCount = editor->dimensions()->rowCount();
        const QString first = editor->catalog().dimensions.at(0).id;
        const QString second = editor->catalog().dimensions.at(1).id;

        // Reorder dimensions.
        QVERIFY(w.click(QStringLiteral("dimensionItem_0")));
        QVERIFY(w.click(QStringLiteral("dimensionDown")));
        QCOMPARE(editor->catalog().dimensions.at(0).id, second);
        QCOMPARE(editor->catalog().dimensions.at(1).id, first);
        QCOMPARE(editor->currentDimension(), 1);
        QVERIFY(w.click(QStringLiteral("dimensionUp")));
        QCOMPARE(editor->catalog().dimensions.at(0).id, first);

        // A statement without text is named, and "Show" opens it.
        QVERIFY(w.click(QStringLiteral("addStatement")));
        const int added = editor->currentStatement();
        QCOMPARE(added, editor->statements()->rowCount() - 1);
        QVERIFY2(bannerText(w).endsWith(
                     QStringLiteral("Dimension 1 \"%1\", statement %2: \"text\" is empty")
                         .arg(editor->dimensionTitle(0, De))
                         .arg(added + 1)),
            qPrintable(bannerText(w)));
        QVERIFY(!w.find(QStringLiteral("exportButton"))->isEnabled());
        QVERIFY(w.click(QStringLiteral("statementItem_0")));
        QVERIFY(w.click(QStringLiteral("showProblem")));
        QCOMPARE(editor->currentStatement(), added);
        QVERIFY(w.find(QStringLiteral("statementText"))->isVisible());
        QVERIFY(w.type(QStringLiteral("statementText"), QStringLiteral("Wir planen gemeinsam.")));
        QCOMPARE(editor->statementText(added, De), QStringLiteral("Wir planen gemeinsam."));
        QVERIFY2(editor->isValid(), qPrintable(editor->validationMessage()));
        QVERIFY(w.find(QStringLiteral("exportButton"))->isEnabled());

        // Reorder and delete statements.
        const QString addedId = editor->catalog().dimensions.at(0).statements.at(added).id;
        QVERIFY(w.click(QStringLiteral("statementUp")));
        QCOMPARE(editor->currentStatement(), added - 1);
        QCOMPARE(editor->catalog().dimensions.at(0).statements.at(added - 1).id, addedId);
        QVERIFY(w.click(QStringLiteral("removeStatement")));
        QVERIFY(w.answer(QStringLiteral("confirmRemoveStatement"), QStringLiteral("Confirm")));
        QVERIFY(!editor->catalog().statement(addedId));

        // Add and delete a dimension.
        QVERIFY(w.click(QStringLiteral("addDimension")));
        QCOMPARE(editor->dimensions()->rowCount(), dimensionCount + 1);
        QVERIFY2(bannerText(w).endsWith(
                     QStringLiteral("Dimension %1: \"title\" is empty").arg(dimensionCount + 1)),
            qPrintable(bannerText(w)));
        QVERIFY(w.click(QStringLiteral("removeDimension")));
        QVERIFY(w.answer(QStringLiteral("confirmRemoveDimension"), QStringLiteral("Confirm")));
        QCOMPARE(editor->dimensions()->rowCount(), dimensionCount);
        QVERIFY2(editor->isValid(), qPrintable(editor->validationMessage()));
    }

    void scalesAndRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));

        // A bipolar scale for the second statement, with poles in both languages.
        QVERIFY(w.click(QStringLiteral("statementItem_1")));
        QVERIFY(w.click(QStringLiteral("newStatementScale")));
        const QString scaleId = editor->scale()->scaleId();
        QCOMPARE(editor->statementScale(1), scaleId);
        QVERIFY(w.find(QStringLiteral("scalePicker"))->isVisible());
        QVERIFY(w.press(QStringLiteral("scaleKind"), Qt::Key_Down));
        QCOMPARE(editor->scale()->kind(), QStringLiteral("bipolar"));
        QVERIFY(bannerText(w).contains(QLatin1String("a bipolar scale needs both poles")));
        QVERIFY(w.click(QStringLiteral("language_de")));
        QVERIFY(w.type(QStringLiteral("leftPole"), QStringLiteral("selten")));
        QVERIFY(w.type(QStringLiteral("rightPole"), QStringLiteral("oft")));
        QVERIFY(w.click(QStringLiteral("language_en")));
        QVERIFY(w.find(QStringLiteral("leftPole_mark"))
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("translation missing")));
        QVERIFY(w.type(QStringLiteral("leftPole"), QStringLiteral("rarely")));
        QVERIFY(w.type(QStringLiteral("rightPole"), QStringLiteral("often")));
        QVERIFY2(editor->isValid(), qPrintable(editor->validationMessage()));
        QCOMPARE(editor->scale()->pole(true, De), QStringLiteral("selten"));
        QCOMPARE(editor->scale()->pole(false, En), QStringLiteral("often"));

        // One point is refused with a clear message; back to five with a neutral midpoint.
        QVERIFY(w.press(QStringLiteral("scalePoints"), Qt::Key_Down, 5));
        QCOMPARE(editor->scale()->points(), 1);
        QVERIFY2(bannerText(w).contains(QLatin1String("\"points\" must be between")),
            qPrintable(bannerText(w)));
        QVERIFY(!w.find(QStringLiteral("exportButton"))->isEnabled());
        QVERIFY(w.press(QStringLiteral("scalePoints"), Qt::Key_Up, 4));
        QVERIFY(w.click(QStringLiteral("scaleMidpoint")));
        QVERIFY(editor->scale()->midpoint());
        QVERIFY2(editor->isValid(), qPrintable(editor->validationMessage()));

        // "Can't judge" off.
        QVERIFY(editor->scale()->allowCannotJudge());
        QVERIFY(w.click(QStringLiteral("scaleCannotJudge")));
        QVERIFY(!editor->scale()->allowCannotJudge());

        // A pictogram scale: change the first face.
        QVERIFY(w.click(QStringLiteral("addScale")));
        QVERIFY(w.press(QStringLiteral("scaleKind"), Qt::Key_Down, 2));
        QCOMPARE(editor->scale()->kind(), QStringLiteral("pictogram"));
        QVERIFY(w.press(QStringLiteral("scalePoints"), Qt::Key_Down, 3));
        QCOMPARE(editor->scale()->points(), 3);
        const QStringList faces = editor->scale()->pictograms();
        QCOMPARE(faces.size(), 3);
        QVERIFY(w.find(QStringLiteral("pictogram_0"))->isVisible());
        QVERIFY(w.press(QStringLiteral("pictogram_0"), Qt::Key_End));
        const QString last = editor->scale()->knownPictograms().last();
        QCOMPARE(editor->scale()->pictograms().at(0), faces.contains(last) ? faces.at(0) : last);
        QVERIFY2(editor->isValid(), qPrintable(editor->validationMessage()));

        // Export, start over, import: the same catalog comes back.
        const QString file = dir.filePath(QStringLiteral("katalog.json"));
        QVERIFY(w.type(QStringLiteral("catalogPathInput"), file));
        QVERIFY(w.click(QStringLiteral("exportButton")));
        QVERIFY2(editor->lastError().isEmpty(), qPrintable(editor->lastError()));
        QVERIFY(QFile::exists(file));
        QVERIFY(!editor->isDirty());
        QVERIFY(!w.find(QStringLiteral("unsavedMark"))->isVisible());
        const Catalog exported = editor->catalog();

        QVERIFY(w.click(QStringLiteral("newCatalogButton")));
        QVERIFY(editor->catalog() != exported);
        QVERIFY(w.type(QStringLiteral("catalogPathInput"), file));
        QVERIFY(w.click(QStringLiteral("importButton")));
        QVERIFY2(editor->lastError().isEmpty(), qPrintable(editor->lastError()));
        QVERIFY(editor->catalog() == exported);
        QCOMPARE(editor->catalog().toJson(), exported.toJson());
        QCOMPARE(editor->catalog().scale(scaleId)->leftPole.text(En), QStringLiteral("rarely"));

        // A broken file is refused by name and leaves the catalog alone.
        QFile broken(dir.filePath(QStringLiteral("kaputt.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QVERIFY(w.type(QStringLiteral("catalogPathInput"), broken.fileName()));
        QVERIFY(w.click(QStringLiteral("importButton")));
        QVERIFY(w.find(QStringLiteral("lastError"))->isVisible());
        QVERIFY(editor->catalog() == exported);
    }

    void newCatalogStartsWithAHintNotAnError()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        QVERIFY(!w.editor()->isValid());
        const QString hint
            = w.find(QStringLiteral("validationBanner"))->property("text").toString();
        QVERIFY2(hint.contains(QStringLiteral("new, empty catalog")), qPrintable(hint));
        QVERIFY(!w.find(QStringLiteral("showProblem"))->isVisible());
        w.editor()->addDimension();
        const QString problem
            = w.find(QStringLiteral("validationBanner"))->property("text").toString();
        QVERIFY2(problem.startsWith(QStringLiteral("Not valid")), qPrintable(problem));
    }

    void leavingAsksAboutChangesNotExported()
    {
        QTemporaryDir dir;
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        QObject* page = w.page();
        // Asks the page to leave; the page renames itself once it lets go.
        const auto leave = [&] {
            page->setObjectName(QString());
            QQmlExpression expression(
                qmlContext(page), page, QStringLiteral("leave(() => objectName = \"left\")"));
            expression.evaluate();
            QVERIFY(!expression.hasError());
        };
        const auto left = [&] { return page->objectName() == QLatin1String("left"); };

        leave();
        QVERIFY2(left(), "nothing changed: leaves at once");

        QVERIFY(w.editor()->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        w.editor()->setStatementText(0, QStringLiteral("de"), QStringLiteral("Geändert"));
        leave();
        QTRY_VERIFY(w.isOpen(QStringLiteral("leaveEditorDialog")));
        QVERIFY(!left());
        QVERIFY(w.click(QStringLiteral("leaveStayButton")));
        QTRY_VERIFY(!w.isOpen(QStringLiteral("leaveEditorDialog")));
        QVERIFY(!left());
        QVERIFY(w.editor()->isDirty());

        const QString file = dir.filePath(QStringLiteral("geaendert.json"));
        QVERIFY(w.type(QStringLiteral("catalogPathInput"), file));
        leave();
        QTRY_VERIFY(w.isOpen(QStringLiteral("leaveEditorDialog")));
        QVERIFY(w.click(QStringLiteral("leaveSaveButton")));
        QTRY_VERIFY(left());
        QVERIFY(QFile::exists(file));
        QVERIFY(!w.editor()->isDirty());

        w.editor()->addDimension(); // dirty and not valid: can only be kept or discarded
        leave();
        QTRY_VERIFY(w.isOpen(QStringLiteral("leaveEditorDialog")));
        QVERIFY(!w.find(QStringLiteral("leaveSaveButton"))->isVisible());
        QVERIFY(w.click(QStringLiteral("leaveDiscardButton")));
        QTRY_VERIFY(left());
    }
};

QTEST_MAIN(TestEditorFlow)
#include "tst_editorflow.moc"
