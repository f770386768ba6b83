#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QString>

namespace dp {

/// Serves the participant web client's files from Qt resources and nothing else: GET and HEAD
/// of exactly the files under one resource folder ("/" is its index.html), with Content-Type,
/// ETag and Cache-Control: no-cache; any other path is 404, any other method 405. Every response
/// carries the security headers and closes the connection, so each request is one the hub's
/// listener has checked (a complete head within its limits, no body).
class WebClientServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /// Serves the files found under `resourceFolder` (e.g. ":/web") when constructed.
    explicit WebClientServer(
        const QString& resourceFolder = QStringLiteral(":/web"), QObject* parent = nullptr);

    /// The URL paths served, e.g. "/index.html" (and "/" for it).
    QStringList paths() const { return m_files.keys(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct File
    {
        QByteArray content;
        QByteArray contentType;
        QByteArray etag;
    };

    QHash<QString, File> m_files;
};

} // namespace dp
