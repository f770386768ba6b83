// The editor page loads over a real CatalogEditor, shows its lists, forms and validation state,
// and lays itself out for a tablet and a phone. With DP_EDITOR_SCREENSHOT_DIR set it also saves
// pictures of the page (default catalog, a bipolar scale, a validation message) at both sizes.
#include "editorwindow.h"

#include <QDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_EditorPlugin)

using namespace dp;

class TestEditorPage : public QObject
{
    Q_OBJECT

private:
    static void shoot(const EditorWindow& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DP_EDITOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300); // let layouts settle
        QVERIFY(w.save(QDir(dir).filePath(name)));
    }

private slots:
    void pageShowsTheCatalogAndItsProblems()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();

        QQuickItem* banner = w.find(QStringLiteral("validationBanner"));
        QVERIFY(banner);
        // A new, untouched catalog gets a hint where to start, not the parser's complaint.
        QVERIFY(banner->property("text").toString().contains(QLatin1String("new, empty catalog")));
        QVERIFY(!banner->property("text").toString().contains(QLatin1String("Not valid")));

        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        editor->setCurrentStatement(0);
        editor->setStatementText(0, QStringLiteral("en"), QString());
        QVERIFY(editor->isValid());
        QVERIFY(banner->property("text").toString().contains(QLatin1String("valid")));

        QQuickItem* dimensions = w.find(QStringLiteral("dimensionList"));
        QQuickItem* statements = w.find(QStringLiteral("statementList"));
        QVERIFY(dimensions && statements);
        QTRY_COMPARE(dimensions->property("count").toInt(), editor->dimensions()->rowCount());
        QTRY_COMPARE(statements->property("count").toInt(), editor->statements()->rowCount());

        QVERIFY(w.click(QStringLiteral("tab_statement")));
        QQuickItem* text = w.find(QStringLiteral("statementText"));
        QVERIFY(text && text->isVisible());
        QCOMPARE(text->property("text").toString(), editor->statementText(0, QStringLiteral("de")));
        QQuickItem* mark = w.find(QStringLiteral("statementText_mark"));
        QVERIFY(!mark->property("text").toString().contains(QLatin1String("missing")));
        // The cleared English text shows as empty with its "translation missing" mark and the
        // German text as a reference.
        QVERIFY(w.click(QStringLiteral("language_en")));
        QCOMPARE(editor->language(), QStringLiteral("en"));
        QCOMPARE(text->property("text").toString(), QString());
        QVERIFY(mark->property("text").toString().contains(QLatin1String("translation missing")));
        QVERIFY(w.find(QStringLiteral("language_en"))
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("1 missing")));
    }

    void tabletShowsListsBesideTheForms()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        QVERIFY(w.editor()->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        QVERIFY(!w.find(QStringLiteral("tab_lists")));
        QQuickItem* list = w.find(QStringLiteral("dimensionList"));
        QQuickItem* tabs = w.find(QStringLiteral("editorTabs"));
        QVERIFY(list && tabs && list->isVisible());
        const QPointF listRight = list->mapToScene(QPointF(list->width(), 0));
        QVERIFY(listRight.x() <= tabs->mapToScene(QPointF(0, 0)).x()); // side by side
        QVERIFY(w.click(QStringLiteral("statementItem_1")));
        QCOMPARE(w.editor()->currentStatement(), 1);
        QVERIFY(w.find(QStringLiteral("statementText"))->isVisible());
        shoot(w, QStringLiteral("editor-tablet-catalog.png"));

        const QString bipolar = w.editor()->addScale(QStringLiteral("bipolar"));
        w.editor()->scale()->setPole(true, QStringLiteral("de"), QStringLiteral("selten"));
        w.editor()->scale()->setPole(false, QStringLiteral("de"), QStringLiteral("häufig"));
        w.editor()->scale()->setPoints(5);
        w.editor()->scale()->setMidpoint(true);
        QVERIFY(w.editor()->setStatementScale(1, bipolar));
        QVERIFY(w.click(QStringLiteral("tab_scale")));
        QVERIFY(w.find(QStringLiteral("leftPole"))->isVisible());
        shoot(w, QStringLiteral("editor-tablet-bipolar.png"));

        w.editor()->scale()->setPoints(1);
        QVERIFY(!w.editor()->isValid());
        QVERIFY(w.find(QStringLiteral("showProblem"))->isVisible());
        shoot(w, QStringLiteral("editor-tablet-invalid.png"));
    }

    void phoneStacksListsAndFormsAsTabs()
    {
        EditorWindow w(QSize(390, 844));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        QVERIFY(w.editor()->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        QVERIFY(w.find(QStringLiteral("tab_lists")));
        QQuickItem* list = w.find(QStringLiteral("dimensionList"));
        QVERIFY(list && list->isVisible());
        QVERIFY(list->width() > 300); // the whole width, not a side pane
        shoot(w, QStringLiteral("editor-phone-catalog.png"));

        // Picking a statement opens its form.
        QVERIFY(w.click(QStringLiteral("statementItem_0")));
        QTRY_VERIFY(w.find(QStringLiteral("statementText"))->isVisible());
        QVERIFY(!list->isVisible());
        QTRY_VERIFY(w.find(QStringLiteral("statementText"))->width() > 300);

        const QString bipolar = w.editor()->addScale(QStringLiteral("bipolar"));
        w.editor()->scale()->setPole(true, QStringLiteral("de"), QStringLiteral("selten"));
        w.editor()->scale()->setPole(false, QStringLiteral("de"), QStringLiteral("häufig"));
        QVERIFY(w.editor()->setStatementScale(0, bipolar));
        QVERIFY(w.click(QStringLiteral("tab_scale")));
        QVERIFY(w.find(QStringLiteral("rightPole"))->isVisible());
        shoot(w, QStringLiteral("editor-phone-bipolar.png"));

        w.editor()->setCurrentStatement(0);
        w.editor()->setStatementText(0, QStringLiteral("de"), QString());
        w.editor()->setStatementText(0, QStringLiteral("en"), QString());
        QVERIFY(!w.editor()->isValid());
        QVERIFY(w.click(QStringLiteral("showProblem")));
        QVERIFY(w.find(QStringLiteral("statementText"))->isVisible());
        shoot(w, QStringLiteral("editor-phone-invalid.png"));
    }
};

QTEST_MAIN(TestEditorPage)
#include "tst_editorpage.moc"
