// dialogpunkte-cli: run a workshop hub, simulate attendee tablets, export answers.
#include "discovercommand.h"
#include "exportcommand.h"
#include "hubcommand.h"
#include "simulatecommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char* argv[])
{
    // The PDF report and the plot images paint text, which needs a QGuiApplication; a headless
    // export must not need a display, so it renders offscreen unless told otherwise.
    std::unique_ptr<QCoreApplication> app;
    // Read the arguments before a QGuiApplication strips the ones it knows ("--session" is
    // X11 session management to it, but a session id to `export`).
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    if (raw.value(0) == QLatin1String("export") && dp::cli::exportNeedsGui(raw.mid(1))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dialogpunkte-cli"));
    QStringList args = raw;
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("hub"))
        return dp::cli::runHub(args);
    if (command == QLatin1String("simulate"))
        return dp::cli::runSimulate(args);
    if (command == QLatin1String("export"))
        return dp::cli::runExport(args);
    if (command == QLatin1String("discover"))
        return dp::cli::runDiscover(args);
    QTextStream(stderr)
        << "usage:\n"
           "  dialogpunkte-cli hub --data-dir DIR --catalog FILE|ID --port N --room-code CODE\n"
           "                       [--title T] [--bind ADDR] [--group-commit-ms MS]\n"
           "                       [--discovery-port N] [--no-discovery]\n"
           "  dialogpunkte-cli hub --restore-from-tablets --data-dir DIR --port N --room-code "
           "CODE\n"
           "                       [--session ID] [--bind ADDR] ...\n"
           "                       the hub lost its database but DIR still holds its hub.key:\n"
           "                       tablets offer the workshops they hold, only those this hub\n"
           "                       hosted are accepted; restores the one offered (or ID), then\n"
           "                       hosts it and the tablets send their answers again\n"
           "  dialogpunkte-cli simulate --hub HOST:PORT --room-code CODE --devices N --seed S\n"
           "                       --data-dir DIR [--log FILE] [--pace-ms MS] [--timeout-s S]\n"
           "                       [--change-percent P] [--chaos]\n"
        << dp::cli::exportUsage()
        << "  dialogpunkte-cli discover [--timeout-s S] [--discovery-port N] [--first]\n";
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
