#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace dp::test {

/// The DevTools protocol over one WebSocket to the browser: commands wait for their replies,
/// events are passed on with the session (page) they belong to.
class DevToolsConnection : public QObject
{
    Q_OBJECT

public:
    explicit DevToolsConnection(QObject* parent = nullptr);

    bool open(const QUrl& endpoint, QString* error);
    bool isOpen() const;

    /// Sends `method` and waits for its reply. Returns the reply's "result"; a protocol error
    /// or a timeout returns nothing and sets lastError().
    std::optional<QJsonObject> call(const QString& method, const QJsonObject& params = {},
        const QString& sessionId = {}, int timeoutMs = 15000);
    QString lastError() const { return m_lastError; }

signals:
    void event(const QString& sessionId, const QString& method, const QJsonObject& params);

private:
    void received(const QString& text);

    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, QJsonObject> m_replies;
    QString m_lastError;
};

} // namespace dp::test
