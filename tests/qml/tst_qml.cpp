#include "languagecontroller.h"
#include "qmlservices.h"
#include "session/attendeesession.h"
#include "session/joincontroller.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/syncclient.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(DialogpunktePlugin)

// Gives every QML test engine real core objects over a fresh database in a temporary folder.
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
        QString error;
        if (!world->dir.isValid()
            || !world->database.open(world->dir.filePath("test.sqlite"), &error))
            qFatal("cannot open the test database: %s", qPrintable(error));
        world->attendee = std::make_unique<dp::AttendeeSession>(world->sessions, world->ratings,
            world->dir.filePath("state.ini"), world->dir.filePath("catalogs"), QString());
        world->client = std::make_unique<dp::SyncClient>(world->database);
        world->join = std::make_unique<dp::JoinController>(
            *world->attendee, *world->client, world->dir.filePath("join.ini"));
        // Tests never listen for real workshops on the network.
        world->join->nearby()->setDiscoveryPort(0);
        QObject::connect(&world->language, &dp::LanguageController::languageChanged,
            world->attendee.get(),
            [w = world.get()] { w->attendee->setLanguage(w->language.language()); });
        world->language.attachEngine(engine);
        // Tests compare English texts; the German translation is tested by switching.
        world->language.setLanguage(QStringLiteral("en"));
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        dp::QmlServices::provide(
            engine, { world->attendee.get(), &world->language, nullptr, world->join.get() });
        connect(engine, &QObject::destroyed, this,
            [engine, world] { dp::QmlServices::withdraw(engine); });
    }

private:
    struct World
    {
        QTemporaryDir dir;
        dp::Database database;
        dp::SessionStore sessions { database };
        dp::RatingStore ratings { database };
        dp::LanguageController language;
        std::unique_ptr<dp::AttendeeSession> attendee;
        std::unique_ptr<dp::SyncClient> client;
        std::unique_ptr<dp::JoinController> join;
    };
};

QUICK_TEST_MAIN_WITH_SETUP(dialogpunkte_qml, Setup)

#include "tst_qml.moc"
