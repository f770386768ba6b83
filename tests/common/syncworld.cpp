#include "syncworld.h"

#include "catalog/builtincatalogs.h"
#include "storage/ratingstore.h"
#include "sync/messagesender.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

namespace dp::test {

RawClient::RawClient(quint16 port)
{
    QObject::connect(&socket, &QWebSocket::textMessageReceived,
        [this](const QString& text) { received.append(text); });
    QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
}

QJsonObject RawClient::last() const
{
    return received.isEmpty() ? QJsonObject()
                              : QJsonDocument::fromJson(received.last().toUtf8()).object();
}

bool RawClient::hasError(const QString& code) const
{
    return std::any_of(received.begin(), received.end(), [&](const QString& text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        return o.value("type") == QLatin1String("error") && o.value("code").toString() == code;
    });
}

QJsonObject RawClient::firstOfType(const QString& type) const
{
    for (const QString& text : received) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value("type").toString() == type)
            return o;
    }
    return {};
}

void RawClient::hello(
    const QString& sessionId, const QString& deviceId, protocol::ClientKind client)
{
    protocol::sendMessage(socket, protocol::Hello { SyncRoomCode, client, sessionId, deviceId });
}

Catalog defaultCatalog()
{
    auto result = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
    if (!result.ok())
        qFatal("built-in catalog missing: %s", qPrintable(result.error));
    return result.catalog;
}

SessionHost::Options fastHubOptions()
{
    SessionHost::Options options;
    options.admission.transport.headTimeoutMs = 300;
    options.admission.transport.helloTimeoutMs = 300;
    options.admission.transport.maxJoining = 3;
    options.admission.throttle.baseDelayMs = 400;
    return options;
}

SyncClient::Options fastClientOptions()
{
    SyncClient::Options options;
    options.connectTimeoutMs = 1000;
    options.minBackoffMs = 50;
    options.maxBackoffMs = 200;
    options.seed = 7;
    return options;
}

Hub::Hub(const QString& path, SessionHost::Options options, quint16 port)
{
    QString error;
    if (!database.open(path, &error))
        qFatal("%s", qPrintable(error));
    host = std::make_unique<SessionHost>(database, options);
    host->setRoomCode(SyncRoomCode);
    if (!host->openSession(QStringLiteral("Werkstatt"), defaultCatalog(), {}, &error)
        || !host->listen(QHostAddress::LocalHost, port, &error))
        qFatal("%s", qPrintable(error));
}

QList<Rating> Hub::ratings()
{
    return RatingStore(database).ratings(host->sessionId());
}

Tablet::Tablet(const QString& path, quint16 port, SyncClient::Options options)
{
    QString error;
    if (!database.open(path, &error))
        qFatal("%s", qPrintable(error));
    answers = std::make_unique<AnswerService>(database);
    client = std::make_unique<SyncClient>(database, *answers, options);
    client->setTarget(JoinTarget { QStringLiteral("127.0.0.1"), port, SyncRoomCode });
}

void rate(Tablet& tablet, const QString& pseudonym, int count, int offset)
{
    QVERIFY(tablet.client->hasSession());
    const SessionRecord& session = tablet.client->snapshot()->session;
    const auto statements = session.catalog.allStatements();
    for (int i = 0; i < count; ++i) {
        QString error;
        QVERIFY2(tablet.answers->save(session.id, session.currentRound, statements.at(i).id,
                     pseudonym, (i + offset) % 7, &error),
            qPrintable(error));
    }
}

bool sameRatings(QList<Rating> a, QList<Rating> b)
{
    auto key = [](const Rating& r) { return r.statementId + '|' + r.pseudonym; };
    auto less = [&](const Rating& x, const Rating& y) { return key(x) < key(y); };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (key(a[i]) != key(b[i]) || a[i].answer != b[i].answer || a[i].sequence != b[i].sequence
            || a[i].deviceId != b[i].deviceId)
            return false;
    }
    return true;
}

} // namespace dp::test
