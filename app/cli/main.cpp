// dialogpunkte-cli: run a workshop hub, simulate attendee tablets, export answers.
#include "discovercommand.h"
#include "exportcommand.h"
#include "hubcommand.h"
#include "simulatecommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dialogpunkte-cli"));
    QStringList args = QCoreApplication::arguments().mid(1);
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
           "  dialogpunkte-cli simulate --hub HOST:PORT --room-code CODE --devices N --seed S\n"
           "                       --data-dir DIR [--log FILE] [--pace-ms MS] [--timeout-s S]\n"
           "                       [--change-percent P] [--chaos]\n"
           "  dialogpunkte-cli export --data-dir DIR --session latest|ID --format csv|json\n"
           "                       --out FILE\n"
           "  dialogpunkte-cli discover [--timeout-s S] [--discovery-port N] [--first]\n";
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
