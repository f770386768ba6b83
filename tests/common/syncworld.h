#pragma once

#include "session/answerservice.h"
#include "storage/database.h"
#include "storage/records.h"
#include "sync/messages.h"
#include "sync/sessionhost.h"
#include "sync/syncclient.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QWebSocket>

#include <memory>

namespace dp::test {

// Hubs and tablets over real loopback sockets for the sync tests, each with its own database.

// The room code every hub of these tests shows.
inline const QString SyncRoomCode = QStringLiteral("K7Q2");

// A bare WebSocket that records every text frame, for feeding the hub hostile input.
struct RawClient
{
    QWebSocket socket;
    QStringList received;
    bool closed = false;

    explicit RawClient(quint16 port);
    QJsonObject last() const;
    bool hasError(const QString& code) const;
    QJsonObject firstOfType(const QString& type) const;
    // Sends hello with the right room code; naming a session (and this device's id in it) when
    // given.
    void hello(const QString& sessionId = {}, const QString& deviceId = {},
        protocol::ClientKind client = protocol::ClientKind::App);
};

Catalog defaultCatalog();
// Short timeouts and a small connection cap, so the limits can be reached in a test.
SessionHost::Options fastHubOptions();
SyncClient::Options fastClientOptions();

// A hub listening on 127.0.0.1 (port 0 picks a free one).
struct Hub
{
    Database database;
    std::unique_ptr<SessionHost> host;

    explicit Hub(
        const QString& path, SessionHost::Options options = fastHubOptions(), quint16 port = 0);
    quint16 port() const { return quint16(host->port()); }
    QList<Rating> ratings();
};

// A tablet as the app wires it: one AnswerService that stores the answers and the sync client
// that sends them, aimed at a hub on 127.0.0.1.
struct Tablet
{
    Database database;
    std::unique_ptr<AnswerService> answers;
    std::unique_ptr<SyncClient> client;

    Tablet(const QString& path, quint16 port, SyncClient::Options options = fastClientOptions());
};

// Saves answers for the first `count` statements through the tablet's AnswerService, in the
// round of the hub's state (values vary with `offset`).
void rate(Tablet& tablet, const QString& pseudonym, int count, int offset = 0);
// Same keys, answers, sequences and devices, in any order.
bool sameRatings(QList<Rating> a, QList<Rating> b);

// Database files in one temporary directory, a new one per call.
class DatabaseFiles
{
public:
    QString next() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

} // namespace dp::test
