// The editor page loads, shows the editor's dimensions and statements and its validation state.
// With DP_EDITOR_SCREENSHOT set, it also saves a picture of the page.
#include "editor/catalogeditor.h"

#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_EditorPlugin)

using namespace dp;

namespace {

// Repeater delegates have no QObject parent, so findChild() misses them; walk the item tree too.
QObject* findByName(QObject* object, const QString& name)
{
    if (object->objectName() == name)
        return object;
    QObjectList next = object->children();
    if (auto* item = qobject_cast<QQuickItem*>(object)) {
        for (QQuickItem* child : item->childItems())
            next.append(child);
    }
    if (auto* window = qobject_cast<QQuickWindow*>(object))
        next.append(window->contentItem());
    for (QObject* child : next) {
        if (QObject* found = findByName(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

class TestEditorPage : public QObject
{
    Q_OBJECT

private slots:
    void pageShowsTheCatalogAndItsProblems()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls\nimport Dialogpunkte.Editor\n"
                          "ApplicationWindow { width: 1280; height: 800; visible: true\n"
                          "  EditorPage { objectName: \"page\"; anchors.fill: parent } }",
            QUrl(QStringLiteral("qrc:/editor-test.qml")));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto* window = qobject_cast<QQuickWindow*>(root.get());
        QVERIFY(window);
        QObject* page = root->findChild<QObject*>(QStringLiteral("page"));
        QVERIFY(page);
        auto* editor = page->property("editor").value<CatalogEditor*>();
        QVERIFY(editor);

        QObject* banner = root->findChild<QObject*>(QStringLiteral("validationBanner"));
        QVERIFY(banner);
        QVERIFY(banner->property("text").toString().contains(
            QLatin1String("\"dimensions\" must not be empty")));

        QVERIFY(editor->loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        editor->setCurrentStatement(0);
        editor->setStatementText(0, QStringLiteral("en"), QString());
        QVERIFY(editor->isValid());
        QVERIFY(banner->property("text").toString().contains(QLatin1String("valid")));

        QObject* dimensions = root->findChild<QObject*>(QStringLiteral("dimensionList"));
        QObject* statements = root->findChild<QObject*>(QStringLiteral("statementList"));
        QVERIFY(dimensions && statements);
        QTRY_COMPARE(dimensions->property("count").toInt(), editor->dimensions()->rowCount());
        QTRY_COMPARE(statements->property("count").toInt(), editor->statements()->rowCount());
        QVERIFY(findByName(root.get(), QStringLiteral("statementText_de")));
        QVERIFY(findByName(root.get(), QStringLiteral("statementText_en")));
        QCOMPARE(
            findByName(root.get(), QStringLiteral("statementText_de"))->property("text").toString(),
            editor->statementText(0, QStringLiteral("de")));
        // The cleared English text shows as empty with its "translation missing" mark.
        QCOMPARE(
            findByName(root.get(), QStringLiteral("statementText_en"))->property("text").toString(),
            QString());

        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QByteArray shot = qgetenv("DP_EDITOR_SCREENSHOT");
        if (!shot.isEmpty())
            QVERIFY(window->grabWindow().save(QString::fromLocal8Bit(shot)));
    }
};

QTEST_MAIN(TestEditorPage)
#include "tst_editorpage.moc"
