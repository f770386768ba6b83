// Presentation on a second screen: Qt's offscreen platform is started with two screens (the
// moderator's tablet and a projector, see data/twoscreens.json), the moderator's shell runs on the
// first and opens the presentation on the second. Set DP_SCREENSHOT_DIR to keep pictures of both.
#include "livehub.h"
#include "moderatorscreens.h"
#include "qmlservices.h"
#include "samplefeed.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)

using namespace dp;

class TestSecondScreen : public QObject
{
    Q_OBJECT

private:
    test::LiveHub m_hub;
    std::unique_ptr<test::ModeratorScreens> m_screens;
    QQmlEngine m_engine;
    QQuickWindow m_window; // the moderator's window with the controls
    std::unique_ptr<QObject> m_shellObject;
    QQuickItem* m_shell = nullptr;

    /// The window the shell opened besides the moderator's, if any.
    QQuickWindow* presentationWindow() const
    {
        for (QWindow* window : QGuiApplication::topLevelWindows()) {
            if (window != &m_window && window->isVisible())
                return qobject_cast<QQuickWindow*>(window);
        }
        return nullptr;
    }
    QQuickItem* presentationPlot() const
    {
        QQuickWindow* window = presentationWindow();
        // The window's items are QObject children of the window, not of its content item.
        return window ? window->findChild<QQuickItem*>(QStringLiteral("presentationPlot"))
                      : nullptr;
    }
    void startPresenting()
    {
        auto* button = m_shell->findChild<QQuickItem*>(QStringLiteral("presentButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        const QPointF centre = button->mapToScene(QPointF(button->width(), button->height()) / 2);
        QTest::mouseClick(&m_window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_VERIFY(m_shell->property("presenting").toBool());
        QTRY_VERIFY(presentationWindow());
    }
    /// The moderator clicks into their window: it becomes the focus window (the presentation
    /// window took it when it opened) and the shell gets the keys.
    void activateModeratorWindow()
    {
        QTest::qWait(50); // the presentation window's own activation comes first
        m_window.requestActivate();
        QTRY_VERIFY(QGuiApplication::focusWindow() == &m_window);
        m_shell->forceActiveFocus();
        QTRY_VERIFY(m_shell->hasActiveFocus());
    }
    void save(QQuickWindow* window, const QString& name)
    {
        const QString folder = qEnvironmentVariable("DP_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QVERIFY(window->grabWindow().save(QDir(folder).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        // Without the two configured screens this test would prove nothing.
        QCOMPARE(QGuiApplication::screens().size(), 2);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QVERIFY2(m_hub.start(), qPrintable(m_hub.error));
        test::SampleFeed(*m_hub.moderator).feed(int(m_hub.moderator->statementIds().size()) * 20);

        m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_screens = std::make_unique<test::ModeratorScreens>(m_hub.database, *m_hub.moderator);
        m_screens->provide(&m_engine);
        QQmlComponent component(&m_engine,
            QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/Moderator/ModeratorShell.qml")));
        m_shellObject.reset(component.create());
        QVERIFY2(m_shellObject, qPrintable(component.errorString()));
        m_shell = qobject_cast<QQuickItem*>(m_shellObject.get());
        m_shell->setParentItem(m_window.contentItem());
        m_shell->setSize(QSizeF(1280, 800));
        m_window.setScreen(QGuiApplication::screens().at(0));
        m_window.setGeometry(QGuiApplication::screens().at(0)->geometry());
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        // Screens come in the order of their names: the moderator's tablet first.
        QCOMPARE(QGuiApplication::screens().at(0)->size(), QSize(1280, 800));
        QCOMPARE(QGuiApplication::screens().at(1)->size(), QSize(1920, 1080));
        QVERIFY(m_shell->property("secondScreen").toBool());
        QVERIFY(!presentationWindow());
    }

    void presentationOpensOnTheSecondScreen()
    {
        QMetaObject::invokeMethod(m_shell, "showView", Q_ARG(QVariant, QStringLiteral("overview")));
        startPresenting();
        QQuickWindow* presentation = presentationWindow();
        QTRY_VERIFY(presentation->isExposed());
        QTest::qWait(100); // window system events: the platform may still move the window
        const QRect projector = QGuiApplication::screens().at(1)->geometry();
        qInfo("presentation window: %d,%d %dx%d", presentation->x(), presentation->y(),
            presentation->width(), presentation->height());
        QCOMPARE(presentation->screen(), QGuiApplication::screens().at(1));
        QCOMPARE(presentation->geometry(), projector); // full screen on the projector

        // The projector shows the statement in focus with its answers ...
        ModeratorSession& moderator = *m_hub.moderator;
        QQuickItem* plot = presentationPlot();
        QVERIFY(plot);
        QCOMPARE(plot->property("statementId").toString(), moderator.focusStatementId());
        QTRY_COMPARE(plot->property("dotCount").toInt(),
            moderator.answerCount(moderator.focusStatementId()));
        QVERIFY(plot->property("dotCount").toInt() > 0);

        // ... while the controls stay on the moderator's screen, not covered by the overlay.
        QCOMPARE(m_window.screen(), QGuiApplication::screens().at(0));
        QVERIFY(m_window.isVisible());
        auto* overlay = m_shell->findChild<QQuickItem*>(QStringLiteral("presentationView"));
        QVERIFY(overlay);
        QVERIFY(!overlay->isVisible());
        QCOMPARE(m_shell->property("currentView").toString(), QStringLiteral("overview"));
        QTest::qWait(400); // let the dots settle for the pictures
        save(&m_window, QStringLiteral("second-screen-controls.png"));
        save(presentation, QStringLiteral("second-screen-projector.png"));
    }

    void arrowKeysOnTheModeratorWindowStepThePresentation()
    {
        ModeratorSession& moderator = *m_hub.moderator;
        QVERIFY(presentationWindow());
        activateModeratorWindow();
        const int before = moderator.focusIndex();
        QTest::keyClick(&m_window, Qt::Key_Right);
        QCOMPARE(moderator.focusIndex(), before + 1);
        QTRY_COMPARE(presentationPlot()->property("statementId").toString(),
            moderator.statementIds().at(before + 1));
        QTest::keyClick(&m_window, Qt::Key_Right);
        QTest::keyClick(&m_window, Qt::Key_Left);
        QTRY_COMPARE(presentationPlot()->property("statementId").toString(),
            moderator.statementIds().at(before + 1));
        // The presenter's clicker may be aimed at the projector's window as well.
        presentationWindow()->requestActivate();
        QTRY_VERIFY(QGuiApplication::focusWindow() == presentationWindow());
        QTest::keyClick(presentationWindow(), Qt::Key_PageDown);
        QCOMPARE(moderator.focusIndex(), before + 2);
        QTRY_COMPARE(presentationPlot()->property("statementId").toString(),
            moderator.statementIds().at(before + 2));
    }

    void escapeEndsThePresentation()
    {
        QVERIFY(presentationWindow());
        activateModeratorWindow();
        QTest::keyClick(&m_window, Qt::Key_Escape);
        QTRY_VERIFY(!m_shell->property("presenting").toBool());
        QTRY_VERIFY(!presentationWindow());
        QVERIFY(m_window.isVisible());
    }

    void closingThePresentationWindowEndsIt()
    {
        startPresenting();
        QVERIFY(presentationWindow()->close());
        QTRY_VERIFY(!m_shell->property("presenting").toBool());
        QTRY_VERIFY(!presentationWindow());
        // Presenting again works after closing.
        startPresenting();
        QVERIFY(presentationWindow()->isVisible());
    }

    void cleanupTestCase()
    {
        m_shellObject.reset();
        QmlServices::withdraw(&m_engine);
    }
};

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    TestSecondScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_second_screen.moc"
