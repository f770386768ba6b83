#include "webtestserver.h"

#include <QDirIterator>
#include <QFile>
#include <QTcpSocket>

namespace dp::test {

namespace {
const QByteArray EndOfHead = QByteArrayLiteral("\r\n\r\n");
constexpr qint64 MaxHeadBytes = 16 * 1024;

// The headers the hub sends with every response (see docs/protocol.md).
const QByteArray SecurityHeaders
    = QByteArrayLiteral("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\r\n"
                        "X-Content-Type-Options: nosniff\r\n"
                        "Referrer-Policy: no-referrer\r\n");
} // namespace

WebTestServer::WebTestServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WebTestServer::accept);
}

bool WebTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl WebTestServer::url(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void WebTestServer::setWebSocketHandler(std::function<void(QTcpSocket*)> handler)
{
    m_webSocketHandler = std::move(handler);
}

QStringList WebTestServer::clientFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/web"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(QStringLiteral(":/web/").size()));
    files.sort();
    return files;
}

QByteArray WebTestServer::contentType(const QString& path)
{
    static const QHash<QString, QByteArray> types {
        { QStringLiteral("html"), QByteArrayLiteral("text/html; charset=utf-8") },
        { QStringLiteral("css"), QByteArrayLiteral("text/css; charset=utf-8") },
        { QStringLiteral("js"), QByteArrayLiteral("text/javascript; charset=utf-8") },
        { QStringLiteral("json"), QByteArrayLiteral("application/json; charset=utf-8") },
        { QStringLiteral("svg"), QByteArrayLiteral("image/svg+xml") },
    };
    return types.value(
        path.section(QLatin1Char('.'), -1), QByteArrayLiteral("application/octet-stream"));
}

void WebTestServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
    }
}

void WebTestServer::readRequest(QTcpSocket* socket)
{
    const QByteArray peeked = socket->peek(MaxHeadBytes);
    const qsizetype end = peeked.indexOf(EndOfHead);
    if (end < 0) {
        if (peeked.size() >= MaxHeadBytes)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = peeked.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QString path = QString::fromUtf8(requestLine.value(1)).section(QLatin1Char('?'), 0, 0);
    bool upgrade = false;
    for (const QByteArray& line : lines) {
        const QByteArray header = line.trimmed().toLower();
        if (header.startsWith("upgrade:") && header.contains("websocket"))
            upgrade = true;
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (path == QLatin1String("/ws") && upgrade && m_webSocketHandler) {
        m_webSocketHandler(socket);
        return;
    }
    socket->skip(end + EndOfHead.size());
    respond(socket, method, path);
}

void WebTestServer::respond(QTcpSocket* socket, const QByteArray& method, const QString& path)
{
    QByteArray status = QByteArrayLiteral("200 OK");
    QByteArray type = QByteArrayLiteral("text/plain; charset=utf-8");
    QByteArray body;
    const QString file = path == QLatin1String("/") ? QStringLiteral("index.html") : path.mid(1);
    QFile resource(QStringLiteral(":/web/") + file);
    if (method != "GET" && method != "HEAD") {
        status = QByteArrayLiteral("405 Method Not Allowed");
        body = QByteArrayLiteral("method not allowed\n");
    } else if (file.contains(QLatin1String("..")) || !clientFiles().contains(file)
        || !resource.open(QIODevice::ReadOnly)) {
        status = QByteArrayLiteral("404 Not Found");
        body = QByteArrayLiteral("not found\n");
    } else {
        type = contentType(file);
        body = resource.readAll();
        m_served[file] += 1;
    }
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + status + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-cache\r\nConnection: close\r\n" + SecurityHeaders + "\r\n";
    socket->write(head);
    if (method != "HEAD")
        socket->write(body);
    socket->disconnectFromHost();
}

} // namespace dp::test
