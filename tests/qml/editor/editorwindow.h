#pragma once

// Hosts the catalog editor page in an offscreen window of a given size and drives it the way a
// user does: mouse clicks on named controls, typed text, arrow keys.

#include "editor/catalogeditor.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>

#include <memory>

class EditorWindow
{
public:
    explicit EditorWindow(QSize size);

    /// Empty when the page loaded; the QML errors otherwise.
    QString error() const { return m_error; }
    QQuickWindow* window() const { return m_window; }
    dp::CatalogEditor* editor() const { return m_editor; }
    QObject* page() const { return m_page; }

    /// The item named `name` (also inside Repeater delegates and loaders); null if absent.
    QQuickItem* find(const QString& name) const;
    /// Any object named `name`, e.g. a Popup, which is no item.
    QObject* findObject(const QString& name) const;
    /// Clicks the middle of the visible, enabled item `name`; false if it cannot be clicked.
    bool click(const QString& name);
    /// Focuses the text field `name`, selects all and types `text`.
    bool type(const QString& name, const QString& text);
    /// Focuses `name` and presses `key` `times` times (spin boxes, combo boxes).
    bool press(const QString& name, Qt::Key key, int times = 1);
    bool save(const QString& file) const;
    /// Whether the popup `name` is open (after its opening transition).
    bool isOpen(const QString& name) const;
    /// Waits for the dialog `dialog` to open, clicks its button `<dialog><button>` ("Confirm",
    /// "Cancel") and waits for it to close; false if any step fails.
    bool answer(const QString& dialog, const QString& button);

private:
    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_root;
    QQuickWindow* m_window = nullptr;
    QObject* m_page = nullptr;
    dp::CatalogEditor* m_editor = nullptr;
    QString m_error;
};
