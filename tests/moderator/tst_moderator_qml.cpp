#include "moderation/moderatorsession.h"
#include "moderation/workshoplibrary.h"
#include "moderatorscreens.h"
#include "qmlservices.h"
#include "samplefeed.h"

#include <QHostAddress>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)

// Every QML test engine gets a real hosted workshop (temporary moderator database, loopback,
// free port), the workshop library over the same database, and `SampleFeed` to add answers as
// if tablets had sent them.
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        auto world = std::make_shared<World>();
        if (!world->dir.isValid())
            qFatal("no temporary folder");
        if (!dp::test::openModeratorDatabase(world->database, world->dir.path()))
            qFatal("no moderator database");
        world->moderator = std::make_unique<dp::ModeratorSession>(world->database);
        world->workshops = std::make_unique<dp::WorkshopLibrary>(world->database);
        world->moderator->setLanguage(QStringLiteral("en"));
        world->workshops->setLanguage(QStringLiteral("en"));
        connect(world->moderator.get(), &dp::ModeratorSession::hostingChanged,
            world->workshops.get(), [world = world.get()] {
                world->workshops->setHostedSessionId(world->moderator->hostedSessionId());
            });
        if (!world->moderator->hostNewWorkshop(QStringLiteral("qualitaetsrahmen"),
                QStringLiteral("Test"), QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1")))
            qFatal("cannot host: %s", qPrintable(world->moderator->errorText()));
        world->feed = std::make_unique<dp::test::SampleFeed>(*world->moderator);
        qmlRegisterSingletonInstance("Dialogpunkte.Test", 1, 0, "SampleFeed", world->feed.get());
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        world->screens
            = std::make_unique<dp::test::ModeratorScreens>(world->database, *world->moderator);
        world->screens->provide(engine, world->workshops.get());
        connect(engine, &QObject::destroyed, this,
            [engine, world] { dp::QmlServices::withdraw(engine); });
    }

private:
    struct World
    {
        QTemporaryDir dir;
        dp::Database database;
        std::unique_ptr<dp::ModeratorSession> moderator;
        std::unique_ptr<dp::WorkshopLibrary> workshops;
        std::unique_ptr<dp::test::SampleFeed> feed;
        std::unique_ptr<dp::test::ModeratorScreens> screens;
    };
};

QUICK_TEST_MAIN_WITH_SETUP(dialogpunkte_moderator_qml, Setup)

#include "tst_moderator_qml.moc"
