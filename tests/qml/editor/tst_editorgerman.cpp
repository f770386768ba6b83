// The editor in German: the validation banner shows the catalog parser's message through the
// app's translator, and a translator installed or removed later re-translates it. The parser's
// German lives in the app's .ts files; so that this test does not depend on them, a marking
// translator stands in for the parser's context (dp::CatalogMessages) above the app's German.
//
// With DP_EDITOR_SCREENSHOT_DIR set it also saves the banner and the delete dialogs at tablet
// and phone size; DP_EDITOR_TRANSLATION may name a .qm to use instead of the built-in German.
#include "editorwindow.h"
#include "markingtranslator.h"

#include <QDir>
#include <QQuickStyle>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_EditorPlugin)

using namespace dp;

namespace {

const QString Marker = QStringLiteral("[parser-de] ");

QString bannerText(const EditorWindow& w)
{
    return w.find(QStringLiteral("validationBanner"))->property("text").toString();
}

// A catalog with a statement without text in any language: the banner names it.
void breakFirstStatement(CatalogEditor* editor)
{
    editor->setCurrentStatement(0);
    editor->setStatementText(0, QStringLiteral("de"), QString());
    editor->setStatementText(0, QStringLiteral("en"), QString());
}

} // namespace

class TestEditorGerman : public QObject
{
    Q_OBJECT

    QTranslator m_german;

    static void shoot(const EditorWindow& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DP_EDITOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300); // let layouts and the dialog's transition settle
        QVERIFY(w.save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic")); // as the app, so the pictures show its look
        const QString file = qEnvironmentVariable(
            "DP_EDITOR_TRANSLATION", QStringLiteral(":/i18n/dialogpunkte_de.qm"));
        QVERIFY2(m_german.load(file), qPrintable(file));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void bannerShowsTheParserMessageTranslated()
    {
        test::MarkingTranslator marking("dp::CatalogMessages", Marker);
        QVERIFY(QCoreApplication::installTranslator(&marking));
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));

        // A new statement has no text yet; the frame is the app's German, the reason the parser's.
        QVERIFY(w.click(QStringLiteral("addStatement")));
        const QString banner = bannerText(w);
        QVERIFY2(banner.startsWith(QStringLiteral("Nicht gültig")), qPrintable(banner));
        QVERIFY2(banner.contains(Marker + QStringLiteral("\"text\" is empty")), qPrintable(banner));
        // The place is said in words, so the parser's path is left out.
        QVERIFY2(!banner.contains(QLatin1String("dimensions[")), qPrintable(banner));
        // "Show" still finds the statement in the translated message.
        QVERIFY(w.click(QStringLiteral("statementItem_0")));
        QVERIFY(w.click(QStringLiteral("showProblem")));
        QCOMPARE(editor->currentStatement(), editor->statements()->rowCount() - 1);
        QCoreApplication::removeTranslator(&marking);
    }

    void bannerFollowsALaterTranslator()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        QVERIFY(w.editor()->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        breakFirstStatement(w.editor());
        const QString before = bannerText(w);
        QVERIFY2(!before.contains(Marker), qPrintable(before));

        test::MarkingTranslator marking("dp::CatalogMessages", Marker);
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTRY_VERIFY2(bannerText(w).contains(Marker + QStringLiteral("\"text\" is empty")),
            qPrintable(bannerText(w)));
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(bannerText(w), before);
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("tablet") << QSize(1280, 800);
        QTest::newRow("phone") << QSize(390, 844);
    }

    void screenshots()
    {
        QFETCH(QSize, size);
        const QString prefix = QStringLiteral("editor-de-%1-").arg(QTest::currentDataTag());
        EditorWindow w(size);
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        breakFirstStatement(editor);
        QVERIFY(!editor->isValid());
        shoot(w, prefix + QStringLiteral("banner.png"));

        // On a phone the delete buttons sit under the lists' tab.
        editor->setCurrentDimension(2);
        if (w.find(QStringLiteral("tab_lists")))
            QVERIFY(w.click(QStringLiteral("tab_lists")));
        QVERIFY(w.click(QStringLiteral("removeDimension")));
        QTRY_VERIFY(w.isOpen(QStringLiteral("confirmRemoveDimension")));
        shoot(w, prefix + QStringLiteral("delete-dimension.png"));
        QVERIFY(w.answer(QStringLiteral("confirmRemoveDimension"), QStringLiteral("Cancel")));

        const QString faces = editor->addScale(QStringLiteral("pictogram"));
        for (int row = 0; row < 3; ++row) {
            editor->setCurrentStatement(row);
            QVERIFY(editor->setStatementScale(row, faces));
        }
        QVERIFY(w.click(QStringLiteral("tab_scale")));
        QVERIFY(w.click(QStringLiteral("removeScale")));
        QTRY_VERIFY(w.isOpen(QStringLiteral("confirmRemoveScale")));
        shoot(w, prefix + QStringLiteral("scale-in-use.png"));
        QVERIFY(w.answer(QStringLiteral("confirmRemoveScale"), QStringLiteral("Cancel")));
        QVERIFY(editor->scaleIds().contains(faces));
    }
};

QTEST_MAIN(TestEditorGerman)
#include "tst_editorgerman.moc"
