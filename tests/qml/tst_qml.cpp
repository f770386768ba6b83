#include "attendeeui.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
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
        auto ui = std::make_shared<dp::testing::AttendeeUi>();
        QString error;
        // Tests compare English texts; the German translation is tested by switching.
        if (!ui->open(engine, QStringLiteral("en"), &error))
            qFatal("cannot open the test database: %s", qPrintable(error));
        connect(
            engine, &QObject::destroyed, this, [engine, ui] { dp::QmlServices::withdraw(engine); });
    }
};

QUICK_TEST_MAIN_WITH_SETUP(dialogpunkte_qml, Setup)

#include "tst_qml.moc"
