// Loading one component of Dialogpunkte.Reports into an offscreen window, for the reports tests.
#pragma once

#include <QDir>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

#include <memory>

namespace dp::testing {

inline void collect(QQuickItem* item, const QString& name, QList<QQuickItem*>* found)
{
    for (QQuickItem* child : item->childItems()) {
        if (child->objectName() == name)
            found->append(child);
        collect(child, name, found);
    }
}

inline QList<QQuickItem*> itemsNamed(QQuickItem* root, const QString& name, bool visibleOnly = true)
{
    QList<QQuickItem*> found;
    collect(root, name, &found);
    if (visibleOnly)
        found.removeIf([](QQuickItem* item) { return !item->isVisible(); });
    return found;
}

/// A window showing one component of the module with its required properties set.
struct Host
{
    QQmlEngine engine;
    QQuickWindow window;
    std::unique_ptr<QObject> object;
    QQuickItem* root = nullptr;

    bool load(const QString& file, const QVariantMap& properties, const QSize& size)
    {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/Reports/") + file));
        // Qt 6.4 crashes creating a component that failed to load: report its errors instead
        if (component.isError()) {
            qWarning() << component.errorString();
            return false;
        }
        object.reset(component.createWithInitialProperties(properties));
        if (!object) {
            qWarning() << component.errorString();
            return false;
        }
        root = qobject_cast<QQuickItem*>(object.get());
        window.resize(size);
        root->setParentItem(window.contentItem());
        root->setSize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    void click(QQuickItem* item)
    {
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(&window, Qt::LeftButton, {}, centre.toPoint());
    }

    /// Checks the picture is not blank; saves it when DP_SCREENSHOT_DIR is set.
    bool grab(const QString& name)
    {
        QTest::qWait(200);
        const QImage image = window.grabWindow();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        const QString shots = qEnvironmentVariable("DP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            image.save(QDir(shots).filePath(name));
        }
        return colours.size() > 8;
    }
};

} // namespace dp::testing
