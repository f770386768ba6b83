#include "hubcommand.h"

#include "arguments.h"
#include "signalwatcher.h"

#include "catalog/builtincatalogs.h"
#include "net/openfilelimit.h"
#include "session/defaultgroups.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sessionstore.h"
#include "sync/discoverybeacon.h"
#include "sync/hubrestore.h"
#include "sync/joinurl.h"
#include "sync/sessionhost.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QTextStream>
#include <QTimer>
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

/// How long restore mode waits after the last new offer before it restores the only workshop
/// offered: tablets that reconnect a moment later may still offer another one.
constexpr int RestoreSettleMs = 2000;

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
                "discovery-port", "session" },
            { "no-discovery", "restore-from-tablets" }, &error)
        || !options.require({ "data-dir", "port", "room-code" }, &error)
        || (!options.has("restore-from-tablets") && !options.require({ "catalog" }, &error))
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
    const bool restoreMode = options.has("restore-from-tablets");
    if (options.has("session") && !restoreMode) {
        err << "hub: --session chooses the workshop to restore; it needs --restore-from-tablets"
            << Qt::endl;
        return 2;
    }
    auto catalog = restoreMode && !options.has("catalog") ? Catalog::ParseResult {}
                                                          : loadCatalog(options.value("catalog"));
    if (options.has("catalog") && !catalog.ok()) {
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
    const QHostAddress bind(options.value("bind", QStringLiteral("0.0.0.0")));
    if (bind.isNull()) {
        err << "hub: --bind is not an IP address" << Qt::endl;
        return 2;
    }
    const QHostAddress listenAddress = options.has("bind") ? bind : QHostAddress(QHostAddress::Any);
    SessionHost::Options hostOptions;
    hostOptions.groupCommitMs = int(groupCommitMs);
    SessionHost host(database, hostOptions);
    host.setRoomCode(roomCode);
    DiscoveryBeacon beacon;

    // Hosting the session: a new one from the catalog, the one this hub ran last, or the one
    // just restored from the tablets. Returns the exit code on failure, 0 when listening.
    auto startHosting = [&](const Catalog& sessionCatalog) -> int {
        const QString title = options.value("title", sessionCatalog.title.text("de"));
        if (!host.openSession(title, sessionCatalog, defaultGroups(), &error)) {
            err << "hub: " << error << Qt::endl;
            return 1;
        }
        raiseOpenFileLimit();
        if (!host.listen(listenAddress, quint16(port), &error)) {
            err << "hub: " << error << Qt::endl;
            return 1;
        }
        if (!options.has("no-discovery")) {
            beacon.setTitle(host.title());
            beacon.setHubPort(quint16(port));
            beacon.setDiscoveryPort(quint16(discoveryPort));
            if (!beacon.start(&error))
                err << "hub: " << error << " (tablets can still join with the link)" << Qt::endl;
        }
        out << "hub: session " << host.sessionId() << " \"" << host.title()
            << "\" listening on port " << port << Qt::endl;
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
        return 0;
    };

    // Restore mode: only offers sealed with this hub's key count; the tablets' answers come back
    // by themselves once the restored session is hosted.
    std::unique_ptr<HubRestore> restore;
    QTimer settle;
    settle.setSingleShot(true);
    auto restoreNow = [&](const QString& sessionId) {
        if (!restore->restore(sessionId, &error)) {
            err << "hub: cannot restore " << sessionId << ": " << error << Qt::endl;
            return;
        }
        out << "hub: restored session " << sessionId << "; its answers come back from the tablets"
            << Qt::endl;
        restore.reset();
        const auto restored = SessionStore(database).session(sessionId);
        if (const int code = startHosting(restored ? restored->catalog : Catalog {}))
            QCoreApplication::exit(code);
    };
    auto decide = [&] {
        if (!restore)
            return;
        const auto candidates = restore->candidates();
        const QString wanted = options.value("session");
        for (const RestoreCandidate& candidate : candidates) {
            if (candidate.sessionId == wanted)
                return restoreNow(wanted);
        }
        if (!wanted.isEmpty())
            return;
        if (candidates.size() == 1)
            return restoreNow(candidates.first().sessionId);
        if (candidates.size() > 1)
            out << "hub: tablets offer " << candidates.size()
                << " workshops; restart with --session ID to choose one" << Qt::endl;
    };
    if (!restoreMode) {
        if (const int code = startHosting(catalog.catalog))
            return code;
    } else {
        restore = std::make_unique<HubRestore>(database);
        if (!restore->begin(roomCode, &error)) {
            err << "hub: " << error << Qt::endl;
            return 1;
        }
        raiseOpenFileLimit();
        if (!restore->listen(listenAddress, quint16(port), &error)) {
            err << "hub: " << error << Qt::endl;
            return 1;
        }
        QObject::connect(restore.get(), &HubRestore::offerRefused,
            [&](const QString& reason) { err << "hub: refused an offer: " << reason << Qt::endl; });
        QObject::connect(restore.get(), &HubRestore::offersChanged, [&] {
            if (!restore)
                return;
            for (const RestoreCandidate& candidate : restore->candidates())
                out << "hub: offered: session " << candidate.sessionId << " \"" << candidate.title
                    << "\" of " << candidate.date.toString(Qt::ISODate) << ", " << candidate.answers
                    << " answers on " << candidate.tablets << " tablets" << Qt::endl;
            // Decided outside this signal: restoring ends the restore mode that emits it.
            settle.start(options.has("session") ? 0 : RestoreSettleMs);
        });
        QObject::connect(&settle, &QTimer::timeout, decide);
        out << "hub: restore mode, listening on port " << port
            << "; waiting for tablets to offer this hub's workshops" << Qt::endl;
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, [&](int signalNumber) {
        out << "hub: signal " << signalNumber << ", shutting down" << Qt::endl;
        beacon.stop();
        restore.reset();
        host.shutdown();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    out << "hub: stopped cleanly" << Qt::endl;
    return code;
}

} // namespace dp::cli
