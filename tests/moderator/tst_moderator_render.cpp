#include "drawndots.h"
#include "moderation/moderatorsession.h"
#include "moderatorscreens.h"
#include "qmlservices.h"
#include "samplefeed.h"

#include <QDir>
#include <QHostAddress>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)

// Renders the dashboard's views offscreen with many answers and checks that the picture is not
// blank and that exactly one dot is drawn per answer.
class TestModeratorRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void render_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("answers");
        QTest::addColumn<QString>("view");
        const QList<QSize> sizes { { 1280, 800 }, { 1920, 1080 }, { 390, 844 } };
        for (const QSize& size : sizes) {
            for (const int answers : { 50, 500 }) {
                for (const char* view : { "overview", "focus", "presentation", "lobby" }) {
                    QTest::addRow("%s-%dx%d-%d", view, size.width(), size.height(), answers)
                        << size << answers << QString::fromLatin1(view);
                }
            }
        }
        // A 4K projector: the plot scales up and stays one dot per answer.
        QTest::addRow("presentation-3840x2160-500")
            << QSize(3840, 2160) << 500 << QStringLiteral("presentation");
    }

    void render()
    {
        QFETCH(QSize, size);
        QFETCH(int, answers);
        QFETCH(QString, view);

        QTemporaryDir dir;
        dp::Database database;
        QVERIFY(dp::test::openModeratorDatabase(database, dir.path()));
        dp::ModeratorSession moderator(database);
        QVERIFY2(dp::test::hostGermanSampleWorkshop(moderator, answers),
            qPrintable(moderator.errorText()));

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        dp::test::ModeratorScreens screens(database, moderator);
        screens.provide(&engine);
        QQuickWindow window;
        window.resize(size);
        QQmlComponent component(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/Moderator/ModeratorShell.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto* shell = qobject_cast<QQuickItem*>(object.get());
        shell->setParentItem(window.contentItem());
        shell->setSize(size);
        if (view == QLatin1String("presentation"))
            shell->setProperty("presenting", true);
        else
            QMetaObject::invokeMethod(shell, "showView", Q_ARG(QVariant, view));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(dp::ModeratorSession::RefreshMs * 3);

        // One dot per answer, once the drop-in animations are over.
        if (view == QLatin1String("overview")) {
            QQuickItem* overview
                = shell->findChild<QQuickItem*>(QStringLiteral("dashboardOverview"));
            QVERIFY(overview);
            QTRY_COMPARE_WITH_TIMEOUT(dotTotal(overview), answers, 5000);
        } else if (view != QLatin1String("lobby")) {
            const char* name = view == QLatin1String("focus") ? "focusPlot" : "presentationPlot";
            auto* plot = shell->findChild<QQuickItem*>(QString::fromLatin1(name));
            QVERIFY(plot);
            const int expected = moderator.answerCount(moderator.focusStatementId());
            QVERIFY(expected > 0);
            QTRY_COMPARE_WITH_TIMEOUT(plot->property("dotCount").toInt(), expected, 5000);
        }
        QTest::qWait(400);

        if (view == QLatin1String("presentation")) {
            // The moderator finds the way out at every resolution, 4K without scaling too.
            auto* close = shell->findChild<QQuickItem*>(QStringLiteral("closePresentationButton"));
            QVERIFY(close && close->isVisible());
            QVERIFY2(close->height() >= size.height() * 0.03,
                qPrintable(QStringLiteral("close button %1 px high").arg(close->height())));
            // The statement the room discusses is shown whole, on a phone too.
            auto* plot = shell->findChild<QQuickItem*>(QStringLiteral("presentationPlot"));
            auto* title = plot->findChild<QQuickItem*>(QStringLiteral("dotPlotTitle"));
            QVERIFY(title);
            QVERIFY(!title->property("truncated").toBool());
            // Nothing of the plot (its scale labels) lies under the close button.
            const QRectF button = close->mapRectToScene(close->boundingRect());
            QVERIFY(!plot->mapRectToScene(plot->boundingRect()).intersects(button));
        }

        const QImage image = window.grabWindow();
        QCOMPARE(image.size(), size * window.devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, "the picture is (nearly) blank");

        // Count the dots in the picture too, not only those the plots say they hold.
        if (view != QLatin1String("lobby")) {
            const QList<QQuickItem*> plots = dp::test::plotsInView(shell, &window);
            QVERIFY(!plots.isEmpty());
            for (QQuickItem* plot : plots) {
                QCOMPARE(dp::test::drawnDots(image, plot), plot->property("dotCount").toInt());
            }
        }

        const QString shots = qEnvironmentVariable("DP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            image.save(QDir(shots).filePath(QStringLiteral("moderator-%1-%2x%3-%4.png")
                                                .arg(view)
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(answers)));
        }
        object.reset();
        dp::QmlServices::withdraw(&engine);
    }

private:
    static int dotTotal(QQuickItem* overview)
    {
        QVariant total;
        QMetaObject::invokeMethod(overview, "dotTotal", Q_RETURN_ARG(QVariant, total));
        return total.toInt();
    }
};

QTEST_MAIN(TestModeratorRender)

#include "tst_moderator_render.moc"
