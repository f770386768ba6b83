#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace dp::test {

class DevToolsConnection;

/// What one page did, from its DevTools events: console errors, Content-Security-Policy
/// violations, every request and WebSocket it opened, and the bytes it received.
class PageActivity : public QObject
{
    Q_OBJECT

public:
    PageActivity(
        DevToolsConnection& connection, const QString& sessionId, QObject* parent = nullptr);

    QStringList consoleErrors() const { return m_consoleErrors; }
    QStringList cspViolations() const { return m_cspViolations; }
    /// Every URL the page requested (documents, scripts, styles, fetches, WebSockets).
    QStringList requestedUrls() const { return m_requestedUrls; }
    /// Bytes received over the network per URL (headers included), finished requests only.
    QHash<QString, qint64> receivedBytes() const { return m_receivedBytes; }
    int loadEvents() const { return m_loadEvents; }
    void clear();

private:
    void handle(const QString& sessionId, const QString& method, const QJsonObject& params);

    QString m_sessionId;
    QStringList m_consoleErrors;
    QStringList m_cspViolations;
    QStringList m_requestedUrls;
    QHash<QString, QString> m_urlOfRequest;
    QHash<QString, qint64> m_receivedBytes;
    int m_loadEvents = 0;
};

} // namespace dp::test
