// The attendee's app shell (AppShell.qml) in an offscreen window over AttendeeUi, for the C++
// tests of the attendee's pages: find controls by objectName, click them, save renderings.
#pragma once

#include "attendeeui.h"

#include <QDir>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

#include <memory>

namespace dp::testing {

/// The first visible item called `name` under `root`.
inline QQuickItem* visibleItemNamed(QQuickItem* root, const QString& name)
{
    for (QQuickItem* child : root->childItems()) {
        if (!child->isVisible())
            continue;
        if (child->objectName() == name)
            return child;
        if (QQuickItem* found = visibleItemNamed(child, name))
            return found;
    }
    return nullptr;
}

inline bool shown(const QQuickItem* item)
{
    return item->isVisible() && item->opacity() > 0;
}

/// Visible, non-empty texts under `item`, leaving out those faded out to nothing.
inline void collectShownTexts(QQuickItem* item, QList<QQuickItem*>* texts)
{
    for (QQuickItem* child : item->childItems()) {
        if (!shown(child))
            continue;
        if (child->inherits("QQuickText") && !child->property("text").toString().isEmpty())
            texts->append(child);
        collectShownTexts(child, texts);
    }
}

inline QList<QQuickItem*> shownTexts(QQuickItem* item)
{
    QList<QQuickItem*> texts;
    collectShownTexts(item, &texts);
    return texts;
}

/// WCAG relative luminance of an sRGB colour.
inline double luminance(const QColor& colour)
{
    auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

/// WCAG contrast ratio of two colours, 1..21.
inline double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Notes in `bad` each label of `button` with a contrast below 4.5 against the button's fill.
inline void checkLabelContrast(QQuickItem* button, QStringList* bad)
{
    auto* background = button->property("background").value<QQuickItem*>();
    if (!background) {
        bad->append(QStringLiteral("no background: ") + button->objectName());
        return;
    }
    const QColor fill = background->property("color").value<QColor>();
    for (QQuickItem* text : shownTexts(button)) {
        const QColor ink = text->property("color").value<QColor>();
        const double ratio = contrast(ink, fill);
        if (ratio < 4.5)
            bad->append(QStringLiteral("%1 \"%2\": %3 on %4, contrast %5")
                            .arg(button->objectName(), text->property("text").toString(),
                                ink.name(), fill.name())
                            .arg(ratio, 0, 'f', 2));
    }
}

/// Test mode paths, the plain style and the software renderer, as the app offscreen.
inline void setUpAttendeeTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

/// Test rows "size" and "language": phone, tablet and projector, each in German, Turkish and
/// Arabic.
inline void addPhoneTabletProjectorRows()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    const QList<std::pair<const char*, QSize>> sizes { { "phone", QSize(390, 844) },
        { "tablet", QSize(1280, 800) }, { "projector", QSize(1920, 1080) } };
    for (const auto& [name, size] : sizes) {
        for (const char* language : { "de", "tr", "ar" })
            QTest::addRow("%s-%s", name, language) << size << QString::fromLatin1(language);
    }
}

/// The app shell in a window, opened at a size and in a language.
struct AttendeeWindow
{
    QQmlEngine engine;
    AttendeeUi ui;
    QQuickWindow window;
    std::unique_ptr<QObject> object;
    QQuickItem* shell = nullptr;

    bool open(const QSize& size, const QString& language)
    {
        QString error;
        if (!ui.open(&engine, language, &error)) {
            qWarning() << error;
            return false;
        }
        QQmlComponent component(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/AppShell.qml")));
        // Qt 6.4 crashes creating a component that failed to load: report its errors instead
        if (component.isError()) {
            qWarning() << component.errorString();
            return false;
        }
        object.reset(component.create());
        shell = qobject_cast<QQuickItem*>(object.get());
        if (!shell)
            return false;
        window.resize(size);
        shell->setParentItem(window.contentItem());
        shell->setSize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    QString currentPage() const { return shell->property("currentPage").toString(); }
    QQuickItem* named(const QString& name) const { return visibleItemNamed(shell, name); }

    /// Scrolls `item` into its Flickable's view and clicks it, as a person would.
    void tap(QQuickItem* item)
    {
        for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto* content = p->property("contentItem").value<QQuickItem*>();
            const qreal top = item->mapToItem(content, QPointF()).y();
            const qreal last = p->property("contentHeight").toReal() - p->height();
            p->setProperty("contentY", std::max(0.0, std::min(top - 20, last)));
            break;
        }
        QTest::qWait(50); // the scrolled layout settles
        click(item);
    }

    void click(QQuickItem* item)
    {
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(&window, Qt::LeftButton, {}, centre.toPoint());
    }

    /// Saves the window's picture when DP_SCREENSHOT_DIR is set.
    void save(const QString& fileName)
    {
        if (const QString dir = qEnvironmentVariable("DP_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grabWindow().save(QDir(dir).filePath(fileName));
    }
};

} // namespace dp::testing
