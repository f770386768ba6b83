#include "moderation/moderatorsession.h"
#include "moderatorscreens.h"
#include "qmlservices.h"
#include "samplefeed.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)

// The QR code on the room page and in the presentation, read back from the rendered picture by
// a real decoder (zbarimg): it must yield exactly the browser's join link, and in the
// presentation on a 1920×1080 projector it must fill at least 40 % of the screen's height.
class TestJoinQrCode : public QObject
{
    Q_OBJECT

    QString m_zbarimg;

    // What zbarimg reads in `image`; empty when it finds no code.
    QString decode(const QImage& image)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        if (!image.save(file))
            return {};
        QProcess zbar;
        zbar.start(m_zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), file });
        if (!zbar.waitForFinished(30000))
            return {};
        return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        m_zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (m_zbarimg.isEmpty())
            QSKIP("zbarimg (Debian zbar-tools) is not installed");
    }

    void decodesToTheWebJoinLink_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("size");
        QTest::newRow("lobby-1920x1080") << QStringLiteral("lobby") << QSize(1920, 1080);
        QTest::newRow("lobby-1280x800") << QStringLiteral("lobby") << QSize(1280, 800);
        QTest::newRow("presentation-1920x1080")
            << QStringLiteral("presentation") << QSize(1920, 1080);
        QTest::newRow("presentation-1280x800")
            << QStringLiteral("presentation") << QSize(1280, 800);
    }

    void decodesToTheWebJoinLink()
    {
        QFETCH(QString, view);
        QFETCH(QSize, size);

        QTemporaryDir dir;
        dp::Database database;
        QVERIFY(dp::test::openModeratorDatabase(database, dir.path()));
        dp::ModeratorSession moderator(database);
        QVERIFY2(
            dp::test::hostGermanSampleWorkshop(moderator, 60), qPrintable(moderator.errorText()));
        const QString link = moderator.webJoinUrl();
        QVERIFY(link.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(link.endsWith(QStringLiteral("/?room=") + moderator.host()->roomCode()));

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
        QString codeName = QStringLiteral("lobbyJoin");
        if (view == QLatin1String("presentation")) {
            QVERIFY(shell->setProperty("presenting", true));
            QVERIFY(shell->setProperty("presentingJoin", true));
            codeName = QStringLiteral("presentationJoinCode");
        } else {
            QMetaObject::invokeMethod(shell, "showView", Q_ARG(QVariant, view));
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);

        auto* join = shell->findChild<QQuickItem*>(codeName);
        QVERIFY(join);
        auto* code = join->findChild<QQuickItem*>(QStringLiteral("joinQrCode"));
        QVERIFY(code);
        QVERIFY(code->isVisible());
        QCOMPARE(code->property("text").toString(), link);
        if (view == QLatin1String("presentation") && size.height() == 1080)
            QVERIFY2(
                code->height() >= 0.4 * size.height(), qPrintable(QString::number(code->height())));
        QVERIFY(code->property("modulePixels").toInt() >= 4);

        const QImage image = window.grabWindow();
        QCOMPARE(decode(image), link);
        const QString shots = qEnvironmentVariable("DP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            image.save(QDir(shots).filePath(QStringLiteral("join-%1-%2x%3.png")
                                                .arg(view)
                                                .arg(size.width())
                                                .arg(size.height())));
        }
        object.reset();
        dp::QmlServices::withdraw(&engine);
    }
};

QTEST_MAIN(TestJoinQrCode)

#include "tst_join_qrcode.moc"
