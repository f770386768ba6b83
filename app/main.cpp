#include "application.h"
#include "graphicsbackend.h"
#include "options.h"
#include "storage/datalocation.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(DialogpunktePlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_EditorPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ReportsPlugin)

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QLatin1String(dp::AppOrganizationName));
    QGuiApplication::setApplicationName(QLatin1String(dp::AppName));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QString error;
    QString help;
    const std::optional<dp::Options> options
        = dp::Options::parse(QGuiApplication::arguments(), &error, &help);
    if (!options) {
        if (!help.isEmpty()) {
            std::printf("%s", qPrintable(help));
            return 0;
        }
        std::fprintf(stderr, "dialogpunkte: %s\n", qPrintable(error));
        return 2;
    }

    // The pages draw their own controls on the plain style, the same on every platform.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    // Offscreen (tests, screenshots) has no GPU; the software renderer can still grab frames.
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    } else if (dp::GraphicsBackend::preferSoftwareWithoutGpu()) {
        std::fprintf(stderr,
            "dialogpunkte: OpenGL runs on the CPU here; drawing with Qt's software renderer\n");
    }

    dp::Application application(*options);
    return application.run();
}
