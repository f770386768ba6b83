#include "devtoolsconnection.h"

#include <QJsonDocument>
#include <QTest>

namespace dp::test {

DevToolsConnection::DevToolsConnection(QObject* parent)
    : QObject(parent)
{
    // Screenshots of a tablet-sized page are larger than QWebSocket's default frame limits.
    m_socket.setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
    m_socket.setMaxAllowedIncomingFrameSize(256 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &DevToolsConnection::received);
}

bool DevToolsConnection::open(const QUrl& endpoint, QString* error)
{
    m_socket.open(endpoint);
    if (!QTest::qWaitFor([this] { return isOpen(); }, 15000)) {
        *error = QStringLiteral("no DevTools connection to %1: %2")
                     .arg(endpoint.toString(), m_socket.errorString());
        return false;
    }
    return true;
}

bool DevToolsConnection::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

std::optional<QJsonObject> DevToolsConnection::call(
    const QString& method, const QJsonObject& params, const QString& sessionId, int timeoutMs)
{
    const qint64 id = m_nextId++;
    QJsonObject command { { QStringLiteral("id"), id }, { QStringLiteral("method"), method },
        { QStringLiteral("params"), params } };
    if (!sessionId.isEmpty())
        command.insert(QStringLiteral("sessionId"), sessionId);
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return m_replies.contains(id) || !isOpen(); }, timeoutMs)
        || !m_replies.contains(id)) {
        m_lastError = QStringLiteral("%1: no reply within %2 ms").arg(method).arg(timeoutMs);
        return std::nullopt;
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(QLatin1String("error"))) {
        m_lastError = method + QStringLiteral(": ")
            + reply.value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("message"))
                  .toString();
        return std::nullopt;
    }
    return reply.value(QLatin1String("result")).toObject();
}

void DevToolsConnection::received(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QLatin1String("id"))) {
        m_replies.insert(message.value(QLatin1String("id")).toInteger(), message);
        return;
    }
    emit event(message.value(QLatin1String("sessionId")).toString(),
        message.value(QLatin1String("method")).toString(),
        message.value(QLatin1String("params")).toObject());
}

} // namespace dp::test
