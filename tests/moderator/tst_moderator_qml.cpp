#include "moderation/moderatorsession.h"
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

// Every QML test engine gets a real hosted workshop (temporary database, loopback, free port)
// and `SampleFeed` to add answers as if tablets had sent them.
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
        world->moderator = std::make_unique<dp::ModeratorSession>(world->dir.path());
        world->moderator->setLanguage(QStringLiteral("en"));
        if (!world->moderator->start(QStringLiteral("qualitaetsrahmen"), QStringLiteral("Test"),
                false, QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1")))
            qFatal("cannot host: %s", qPrintable(world->moderator->errorText()));
        world->feed = std::make_unique<dp::test::SampleFeed>(*world->moderator);
        qmlRegisterSingletonInstance("Dialogpunkte.Test", 1, 0, "SampleFeed", world->feed.get());
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        dp::QmlServices::provide(engine, { nullptr, nullptr, world->moderator.get() });
        connect(engine, &QObject::destroyed, this,
            [engine, world] { dp::QmlServices::withdraw(engine); });
    }

private:
    struct World
    {
        QTemporaryDir dir;
        std::unique_ptr<dp::ModeratorSession> moderator;
        std::unique_ptr<dp::test::SampleFeed> feed;
    };
};

QUICK_TEST_MAIN_WITH_SETUP(dialogpunkte_moderator_qml, Setup)

#include "tst_moderator_qml.moc"
