#include "hubcommand.h"

#include "arguments.h"
#include "signalwatcher.h"

#include "catalog/builtincatalogs.h"
#include "net/openfilelimit.h"
#include "session/defaultgroups.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "sync/discoverybeacon.h"
#include "sync/joinurl.h"
#include "sync/sessionhost.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

namespace dp::cli {

namespace {

Catalog::ParseResult loadCatalog(const QString& fileOrId)
{
    if (QFileInfo::exists(fileOrId))
        return Catalog::fromFile(fileOrId);
    return loadBuiltin(fileOrId);
}

} // namespace

int runHub(const QStringList& args)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    Arguments options;
    QString error;
    qint64 port = 0;
    qint64 groupCommitMs = 0;
    qint64 discoveryPort = 0;
    if (!options.parse(args,
            { "data-dir", "catalog", "port", "room-code", "title", "bind", "group-commit-ms",
                "discovery-port" },
            { "no-discovery" }, &error)
        || !options.require({ "data-dir", "catalog", "port", "room-code" }, &error)
        || !options.intValue("port", 1, 65535, 0, &port, &error)
        || !options.intValue("group-commit-ms", 0, 1000, 15, &groupCommitMs, &error)
        || !options.intValue(
            "discovery-port", 1, 65535, DiscoveryBeacon::DefaultPort, &discoveryPort, &error)) {
        err << "hub: " << error << Qt::endl;
        return 2;
    }
    const QString roomCode = options.value("room-code");
    if (roomCode.isEmpty() || roomCode.size() > 32) {
        err << "hub: --room-code must have 1..32 characters" << Qt::endl;
        return 2;
    }
    const auto catalog = loadCatalog(options.value("catalog"));
    if (!catalog.ok()) {
        err << "hub: cannot load catalog \"" << options.value("catalog") << "\": " << catalog.error
            << Qt::endl;
        return 2;
    }
    const QString dataDir = resolveDataDirectory(options.value("data-dir"), &error);
    Database database;
    if (dataDir.isEmpty() || !database.open(databasePath(dataDir), &error)) {
        err << "hub: " << error << Qt::endl;
        return 1;
    }
    SessionHost::Options hostOptions;
    hostOptions.groupCommitMs = int(groupCommitMs);
    SessionHost host(database, hostOptions);
    host.setRoomCode(roomCode);
    const QString title = options.value("title", catalog.catalog.title.text("de"));
    if (!host.openSession(title, catalog.catalog, defaultGroups(), &error)) {
        err << "hub: " << error << Qt::endl;
        return 1;
    }
    const QHostAddress bind(options.value("bind", QStringLiteral("0.0.0.0")));
    if (bind.isNull()) {
        err << "hub: --bind is not an IP address" << Qt::endl;
        return 2;
    }
    raiseOpenFileLimit();
    if (!host.listen(
            options.has("bind") ? bind : QHostAddress(QHostAddress::Any), quint16(port), &error)) {
        err << "hub: " << error << Qt::endl;
        return 1;
    }
    DiscoveryBeacon beacon;
    if (!options.has("no-discovery")) {
        beacon.setTitle(host.title());
        beacon.setHubPort(quint16(port));
        beacon.setDiscoveryPort(quint16(discoveryPort));
        if (!beacon.start(&error))
            err << "hub: " << error << " (tablets can still join with the link)" << Qt::endl;
    }
    out << "hub: session " << host.sessionId() << " \"" << host.title() << "\" listening on port "
        << port << Qt::endl;
    QString shownHost = bind.toString();
    if (!options.has("bind")) {
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
                shownHost = address.toString();
                break;
            }
        }
    }
    out << "hub: join link " << JoinTarget { shownHost, quint16(port), roomCode }.toUrl()
        << Qt::endl;
    // The same port serves the participant web page; a browser joins with this link.
    QUrl page;
    page.setScheme(QStringLiteral("http"));
    page.setHost(shownHost);
    page.setPort(host.port());
    page.setPath(QStringLiteral("/"));
    page.setQuery(QUrlQuery { { QStringLiteral("room"), roomCode } });
    out << "hub: web page " << page.toString() << Qt::endl;

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, [&](int signalNumber) {
        out << "hub: signal " << signalNumber << ", shutting down" << Qt::endl;
        beacon.stop();
        host.shutdown();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    out << "hub: stopped cleanly" << Qt::endl;
    return code;
}

} // namespace dp::cli
