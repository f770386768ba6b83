#include "webclientserver.h"

#include "httpresponses.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

namespace dp {

Q_LOGGING_CATEGORY(lcWebClient, "dp.webclient")

namespace {

using Status = QHttpServerResponder::StatusCode;

QByteArray contentTypeFor(const QString& path)
{
    static const QHash<QString, QByteArray> types {
        { QStringLiteral("html"), "text/html; charset=utf-8" },
        { QStringLiteral("css"), "text/css; charset=utf-8" },
        { QStringLiteral("js"), "text/javascript; charset=utf-8" },
        { QStringLiteral("json"), "application/json" },
        { QStringLiteral("webmanifest"), "application/manifest+json" },
        { QStringLiteral("svg"), "image/svg+xml" },
        { QStringLiteral("png"), "image/png" },
        { QStringLiteral("ico"), "image/x-icon" },
        { QStringLiteral("txt"), "text/plain; charset=utf-8" },
        { QStringLiteral("woff2"), "font/woff2" },
    };
    return types.value(path.section(QLatin1Char('.'), -1).toLower());
}

/// URL paths are compared as the client sent them (percent-encoded), so a served file name
/// holds only characters that never need encoding.
bool isPlainPath(const QString& path)
{
    return std::all_of(path.cbegin(), path.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'/' || c == u'.' || c == u'-' || c == u'_';
    });
}

bool isWebSocketUpgrade(const QHttpServerRequest& request)
{
    const auto headers = request.headers();
    return std::any_of(headers.cbegin(), headers.cend(), [](const auto& header) {
        return header.first.compare("upgrade", Qt::CaseInsensitive) == 0
            && header.second.toLower().contains("websocket");
    });
}

bool matchesEtag(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

/// Writes one whole response and ends the connection; `withBody` is false for HEAD and 304.
void respond(QHttpServerResponder& responder, QTcpSocket* socket, Status status,
    http::HeaderList headers, const QByteArray& body, bool withBody)
{
    headers.append(http::securityHeaders());
    headers.emplaceBack("Connection", "close");
    if (status != Status::NotModified)
        headers.emplaceBack("Content-Length", QByteArray::number(body.size()));
    responder.writeStatusLine(status);
    for (const auto& [name, value] : std::as_const(headers))
        responder.writeHeader(name, value);
    responder.writeBody(withBody ? body : QByteArray());
    // One answer per connection: what else the client sent is dropped unread, so Qt HTTP Server
    // never parses a second request (nor a WebSocket upgrade) on it.
    socket->readAll();
    socket->disconnectFromHost();
}

void respondPlain(QHttpServerResponder& responder, QTcpSocket* socket, Status status,
    const QByteArray& text, http::HeaderList headers = {})
{
    headers.emplaceBack("Content-Type", "text/plain; charset=utf-8");
    respond(responder, socket, status, std::move(headers), text, true);
}

} // namespace

WebClientServer::WebClientServer(const QString& resourceFolder, QObject* parent)
    : QAbstractHttpServer(parent)
{
    QDirIterator it(resourceFolder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString filePath = it.next();
        const QString urlPath = filePath.mid(resourceFolder.size());
        const QByteArray type = contentTypeFor(urlPath);
        QFile file(filePath);
        if (!isPlainPath(urlPath) || type.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            qCWarning(lcWebClient) << "not served:" << filePath;
            continue;
        }
        File served;
        served.content = file.readAll();
        served.contentType = type;
        served.etag = '"'
            + QCryptographicHash::hash(served.content, QCryptographicHash::Sha256).toHex().left(32)
            + '"';
        m_files.insert(urlPath, served);
    }
    if (m_files.contains(QStringLiteral("/index.html")))
        m_files.insert(QStringLiteral("/"), m_files.value(QStringLiteral("/index.html")));
}

bool WebClientServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Every response closes the connection; bytes after the first request are not answered.
    if (socket->state() != QAbstractSocket::ConnectedState)
        return true;
    // The protocol's WebSocket opens only on the listener's first look at a connection. Refused
    // here, Qt HTTP Server would hand the socket to its own QWebSocketServer.
    if (isWebSocketUpgrade(request))
        return false;
    auto responder = makeResponder(request, socket);
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head) {
        respondPlain(responder, socket, Status::MethodNotAllowed, "only GET and HEAD\n",
            { { "Allow", "GET, HEAD" } });
        return true;
    }
    const auto file = m_files.constFind(request.url().path(QUrl::FullyEncoded));
    if (file == m_files.cend()) {
        respondPlain(responder, socket, Status::NotFound, "not found\n");
        return true;
    }
    http::HeaderList headers { { "Content-Type", file->contentType },
        { "Cache-Control", "no-cache" }, { "ETag", file->etag } };
    if (matchesEtag(request.value("if-none-match"), file->etag)) {
        respond(responder, socket, Status::NotModified, std::move(headers), {}, false);
        return true;
    }
    respond(responder, socket, Status::Ok, std::move(headers), file->content,
        method == QHttpServerRequest::Method::Get);
    return true;
}

void WebClientServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    auto responder = makeResponder(request, socket);
    respondPlain(responder, socket, Status::NotFound, "not found\n");
}

} // namespace dp
