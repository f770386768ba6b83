// Deleting a dimension, a statement or a scale in the editor page asks first: the dialog names
// what goes, Cancel, Escape and Return keep it, only Delete removes it. A scale that statements
// use cannot be deleted; its dialog names them and offers no Delete.
#include "editorwindow.h"

#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_EditorPlugin)

using namespace dp;

namespace {

const QString Cancel = QStringLiteral("Cancel");
const QString Confirm = QStringLiteral("Confirm");

QString dialogText(const EditorWindow& w, const QString& dialog)
{
    return w.findObject(dialog)->property("text").toString();
}

// Presses `key` while `dialog` is open and waits for it to close.
bool pressInDialog(EditorWindow& w, const QString& dialog, Qt::Key key)
{
    if (!QTest::qWaitFor([&] { return w.isOpen(dialog); }))
        return false;
    QTest::keyClick(w.window(), key);
    return QTest::qWaitFor([&] { return !w.findObject(dialog)->property("visible").toBool(); });
}

} // namespace

class TestEditorDelete : public QObject
{
    Q_OBJECT

private slots:
    void dimensionAsksFirst()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const int count = editor->dimensions()->rowCount();
        const Dimension network = editor->catalog().dimensions.at(2);
        const QString dialog = QStringLiteral("confirmRemoveDimension");
        QVERIFY(w.click(QStringLiteral("dimensionItem_2")));

        QVERIFY(w.click(QStringLiteral("removeDimension")));
        QTRY_VERIFY(w.isOpen(dialog));
        const QString question = dialogText(w, dialog);
        QVERIFY2(
            question.contains(QStringLiteral("“%1”").arg(network.title.text(QStringLiteral("de"))))
                // "statement(s)" without the English plural forms, which this test does not load
                && question.contains(
                    QStringLiteral("with %1 statement").arg(network.statements.size())),
            qPrintable(question));
        // Cancel is where the focus is, so a key press right away deletes nothing.
        QTRY_VERIFY(w.find(dialog + Cancel)->hasActiveFocus());
        QVERIFY(w.answer(dialog, Cancel));
        QCOMPARE(editor->dimensions()->rowCount(), count);
        QVERIFY(editor->catalog().dimension(network.id));
        QVERIFY(!editor->isDirty());

        for (const Qt::Key key : { Qt::Key_Escape, Qt::Key_Return }) {
            QVERIFY(w.click(QStringLiteral("removeDimension")));
            QVERIFY2(pressInDialog(w, dialog, key), qPrintable(QKeySequence(key).toString()));
            QVERIFY(editor->catalog().dimension(network.id));
        }

        QVERIFY(w.click(QStringLiteral("removeDimension")));
        QVERIFY(w.answer(dialog, Confirm));
        QCOMPARE(editor->dimensions()->rowCount(), count - 1);
        QVERIFY(!editor->catalog().dimension(network.id));
        for (const Statement& statement : network.statements)
            QVERIFY(!editor->catalog().statement(statement.id));

        // A new dimension without title or statements is asked about as such.
        QVERIFY(w.click(QStringLiteral("addDimension")));
        QVERIFY(w.click(QStringLiteral("removeDimension")));
        QTRY_VERIFY(w.isOpen(dialog));
        QVERIFY2(dialogText(w, dialog).contains(QLatin1String("untitled dimension with 0")),
            qPrintable(dialogText(w, dialog)));
        QVERIFY(w.answer(dialog, Confirm));
        QCOMPARE(editor->dimensions()->rowCount(), count - 1);
    }

    void statementAsksFirst()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const int count = editor->statements()->rowCount();
        const Statement second = editor->catalog().dimensions.at(0).statements.at(1);
        const QString dialog = QStringLiteral("confirmRemoveStatement");
        QVERIFY(w.click(QStringLiteral("statementItem_1")));

        QVERIFY(w.click(QStringLiteral("removeStatement")));
        QTRY_VERIFY(w.isOpen(dialog));
        // The statement is named (shortened when long) in the editing language.
        const QString text = second.text.text(QStringLiteral("de"));
        QVERIFY2(dialogText(w, dialog).contains(text.left(60)), qPrintable(dialogText(w, dialog)));
        QVERIFY(w.answer(dialog, Cancel));
        QCOMPARE(editor->statements()->rowCount(), count);
        QVERIFY(editor->catalog().statement(second.id));
        QCOMPARE(editor->currentStatement(), 1);

        QVERIFY(w.click(QStringLiteral("removeStatement")));
        QVERIFY(pressInDialog(w, dialog, Qt::Key_Escape));
        QVERIFY(editor->catalog().statement(second.id));

        QVERIFY(w.click(QStringLiteral("removeStatement")));
        QVERIFY(w.answer(dialog, Confirm));
        QCOMPARE(editor->statements()->rowCount(), count - 1);
        QVERIFY(!editor->catalog().statement(second.id));
    }

    void unusedScaleAsksFirst()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const QString dialog = QStringLiteral("confirmRemoveScale");
        QVERIFY(w.click(QStringLiteral("tab_scale")));
        QVERIFY(w.click(QStringLiteral("addScale")));
        const QString added = editor->scale()->scaleId();
        QVERIFY(editor->scaleIds().contains(added));

        QVERIFY(w.click(QStringLiteral("removeScale")));
        QTRY_VERIFY(w.isOpen(dialog));
        QVERIFY2(dialogText(w, dialog).contains(QStringLiteral("“%1”").arg(added)),
            qPrintable(dialogText(w, dialog)));
        QVERIFY(w.find(dialog + Confirm)->isVisible());
        QVERIFY(w.answer(dialog, Cancel));
        QVERIFY(editor->scaleIds().contains(added));

        QVERIFY(w.click(QStringLiteral("removeScale")));
        QVERIFY(pressInDialog(w, dialog, Qt::Key_Escape));
        QVERIFY(editor->scaleIds().contains(added));

        QVERIFY(w.click(QStringLiteral("removeScale")));
        QVERIFY(w.answer(dialog, Confirm));
        QVERIFY(!editor->scaleIds().contains(added));
        QVERIFY(editor->lastError().isEmpty());
    }

    void usedScaleIsNotOffered()
    {
        EditorWindow w(QSize(1280, 800));
        QVERIFY2(w.error().isEmpty(), qPrintable(w.error()));
        CatalogEditor* editor = w.editor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const QString dialog = QStringLiteral("confirmRemoveScale");
        const QString faces = editor->addScale(QStringLiteral("pictogram"));
        editor->setCurrentStatement(0);
        QVERIFY(editor->setStatementScale(0, faces));
        editor->setCurrentStatement(1);
        QVERIFY(editor->setStatementScale(1, faces));
        QVERIFY(editor->editScale(faces));
        QVERIFY(w.click(QStringLiteral("tab_scale")));

        QVERIFY(w.click(QStringLiteral("removeScale")));
        QTRY_VERIFY(w.isOpen(dialog));
        QVERIFY2(dialogText(w, dialog).contains(QLatin1String("cannot be deleted: 2 statement")),
            qPrintable(dialogText(w, dialog)));
        const QStringList users = w.findObject(dialog)->property("details").toStringList();
        QCOMPARE(users,
            QStringList({ editor->statementText(0, QStringLiteral("de")),
                editor->statementText(1, QStringLiteral("de")) }));
        QVERIFY(!w.find(dialog + Confirm)->isVisible());
        QVERIFY(!w.find(dialog + QStringLiteral("More"))->isVisible());
        QCOMPARE(w.find(dialog + Cancel)->property("text").toString(), QStringLiteral("Close"));
        QVERIFY(w.answer(dialog, Cancel));
        QVERIFY(editor->scaleIds().contains(faces));
        QVERIFY(editor->lastError().isEmpty()); // nothing was tried, so nothing failed

        // A long list is cut after five, with how many more there are.
        editor->setCurrentDimension(2);
        const int more = editor->statements()->rowCount();
        QVERIFY(more >= 4);
        for (int row = 0; row < more; ++row) {
            editor->setCurrentStatement(row);
            QVERIFY(editor->setStatementScale(row, faces));
        }
        QVERIFY(w.click(QStringLiteral("removeScale")));
        QTRY_VERIFY(w.isOpen(dialog));
        QCOMPARE(w.findObject(dialog)->property("details").toStringList().size(), 2 + more);
        QQuickItem* rest = w.find(dialog + QStringLiteral("More"));
        QVERIFY(rest->isVisible());
        QVERIFY2(rest->property("text").toString().contains(QString::number(2 + more - 5)),
            qPrintable(rest->property("text").toString()));
        QVERIFY(w.answer(dialog, Cancel));
    }
};

QTEST_MAIN(TestEditorDelete)
#include "tst_editordelete.moc"
