#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace dp::test {

/// Serves the web client's files from its Qt resources (":/web") over HTTP on 127.0.0.1, with
/// the hub's security headers, and hands a WebSocket upgrade on /ws over to a fake hub when
/// one is attached. For tests of the page that need no real hub.
class WebTestServer : public QObject
{
    Q_OBJECT

public:
    explicit WebTestServer(QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:PORT followed by `pathAndQuery`, e.g. "/?room=4711".
    QUrl url(const QString& pathAndQuery) const;
    /// Gets the socket of every upgrade request on /ws, its request still unread.
    void setWebSocketHandler(std::function<void(QTcpSocket*)> handler);
    /// How often each path was served (200 only).
    QHash<QString, int> servedPaths() const { return m_served; }

    /// The resource files of the client, relative to ":/web" ("index.html", "js/app.js", …).
    static QStringList clientFiles();
    static QByteArray contentType(const QString& path);

private:
    void accept();
    void readRequest(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const QByteArray& method, const QString& path);

    QTcpServer m_server;
    std::function<void(QTcpSocket*)> m_webSocketHandler;
    QHash<QString, int> m_served;
};

} // namespace dp::test
