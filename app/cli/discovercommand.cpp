#include "discovercommand.h"

#include "arguments.h"

#include "sync/discoverybeacon.h"
#include "sync/discoverylistener.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace dp::cli {

int runDiscover(const QStringList& args)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    Arguments options;
    QString error;
    qint64 timeout = 0, port = 0;
    if (!options.parse(args, { "timeout-s", "discovery-port" }, { "first" }, &error)
        || !options.intValue("timeout-s", 1, 3600, 5, &timeout, &error)
        || !options.intValue(
            "discovery-port", 1, 65535, DiscoveryBeacon::DefaultPort, &port, &error)) {
        err << "discover: " << error << Qt::endl;
        return 2;
    }
    DiscoveryListener listener;
    listener.setDiscoveryPort(quint16(port));
    if (!listener.start()) {
        err << "discover: " << listener.errorText() << Qt::endl;
        return 1;
    }
    int found = 0;
    QObject::connect(&listener, &DiscoveryListener::workshopFound,
        [&](const QString& title, const QString& host, int hubPort) {
            out << host << '\t' << hubPort << '\t' << title << Qt::endl;
            ++found;
            if (options.has("first"))
                QCoreApplication::quit();
        });
    QTimer::singleShot(int(timeout * 1000), [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    if (found == 0) {
        err << "discover: no workshop announced within " << timeout
            << " s – the network may block broadcasts (guest Wi-Fi); join with the link instead"
            << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace dp::cli
