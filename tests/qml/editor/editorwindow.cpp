#include "editorwindow.h"

#include <QTest>

namespace {

// Repeater and Loader items have no QObject parent, so findChild() misses them; walk items too.
QObject* findByName(QObject* object, const QString& name)
{
    if (object->objectName() == name)
        return object;
    QObjectList next = object->children();
    if (auto* item = qobject_cast<QQuickItem*>(object)) {
        // Most items are both QObject children and child items; visit each once.
        for (QQuickItem* child : item->childItems()) {
            if (child->parent() != object)
                next.append(child);
        }
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

EditorWindow::EditorWindow(QSize size)
{
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&m_engine);
    component.setData(
        QStringLiteral("import QtQuick\nimport QtQuick.Controls\n"
                       "import Dialogpunkte.Editor\n"
                       "ApplicationWindow { width: %1; height: %2; visible: true\n"
                       "  EditorPage { objectName: \"page\"; anchors.fill: parent } }")
            .arg(size.width())
            .arg(size.height())
            .toUtf8(),
        QUrl(QStringLiteral("qrc:/editor-test.qml")));
    m_root.reset(component.create());
    if (!m_root) {
        m_error = component.errorString();
        return;
    }
    m_window = qobject_cast<QQuickWindow*>(m_root.get());
    m_page = m_root->findChild<QObject*>(QStringLiteral("page"));
    if (m_page)
        m_editor = m_page->property("editor").value<dp::CatalogEditor*>();
    if (!m_window || !m_editor)
        m_error = QStringLiteral("no window or no editor");
    else if (!QTest::qWaitForWindowExposed(m_window))
        m_error = QStringLiteral("window not exposed");
}

QObject* EditorWindow::findObject(const QString& name) const
{
    return findByName(m_root.get(), name);
}

QQuickItem* EditorWindow::find(const QString& name) const
{
    return qobject_cast<QQuickItem*>(findByName(m_root.get(), name));
}

bool EditorWindow::click(const QString& name)
{
    QQuickItem* item = find(name);
    if (!item || !item->isVisible() || !item->isEnabled()) {
        qWarning("cannot click %s", qPrintable(name));
        return false;
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    if (!QRectF(QPointF(), m_window->size()).contains(centre)) {
        qWarning("%s is outside the window", qPrintable(name));
        return false;
    }
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    return true;
}

bool EditorWindow::type(const QString& name, const QString& text)
{
    QQuickItem* item = find(name);
    if (!item || !item->isVisible()) {
        qWarning("cannot type into %s", qPrintable(name));
        return false;
    }
    item->forceActiveFocus();
    QTest::keySequence(m_window, QKeySequence::SelectAll);
    if (text.isEmpty())
        QTest::keyClick(m_window, Qt::Key_Backspace);
    for (const QChar c : text) {
        // QTest::keyClicks() exists for widgets only; send one key per character.
        if (c.unicode() < 128)
            QTest::keyClick(m_window, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key_unknown, QString(c), {});
    }
    return true;
}

bool EditorWindow::press(const QString& name, Qt::Key key, int times)
{
    QQuickItem* item = find(name);
    if (!item || !item->isVisible() || !item->isEnabled())
        return false;
    item->forceActiveFocus();
    for (int i = 0; i < times; ++i)
        QTest::keyClick(m_window, key);
    return true;
}

bool EditorWindow::save(const QString& file) const
{
    return m_window->grabWindow().save(file);
}

bool EditorWindow::isOpen(const QString& name) const
{
    QObject* popup = findObject(name);
    return popup && popup->property("opened").toBool();
}

bool EditorWindow::answer(const QString& dialog, const QString& button)
{
    if (!QTest::qWaitFor([&] { return isOpen(dialog); })) {
        qWarning("%s did not open", qPrintable(dialog));
        return false;
    }
    if (!click(dialog + button))
        return false;
    return QTest::qWaitFor([&] { return !findObject(dialog)->property("visible").toBool(); });
}
