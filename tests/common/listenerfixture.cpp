#include "listenerfixture.h"

namespace dp::test {

HubListener::Options fastListenerOptions()
{
    HubListener::Options options;
    options.headTimeoutMs = 1000;
    options.helloTimeoutMs = 1000;
    options.offenderTimeoutMs = 200;
    options.httpTimeoutMs = 2000;
    options.closeTimeoutMs = 500;
    return options;
}

ListenerFixture::ListenerFixture(const HubListener::Options& options, const QString& webFolder)
    : m_http(webFolder)
    , m_listener(new HubListener(m_http, options, &m_http))
{
    QString error;
    if (!m_listener->start(QHostAddress::LocalHost, 0, &error))
        qWarning() << "listener does not listen:" << error;
    connect(m_listener, &HubListener::webSocketConnected, this,
        [this](WebSocketConnection* connection) {
            connection->setParent(this);
            connections.append(connection);
            connect(connection, &WebSocketConnection::textMessageReceived, this,
                [this, connection](const QString& text) {
                    if (!connection->property("admitted").toBool()) {
                        m_listener->admit(connection);
                        connection->setProperty("admitted", true);
                        ++admitted;
                    }
                    texts.append(text);
                    connection->sendTextMessage(QStringLiteral("echo:") + text);
                });
            connect(connection, &WebSocketConnection::binaryMessageReceived, this,
                [this](const QByteArray& bytes) { binaries.append(bytes); });
            connect(connection, &WebSocketConnection::disconnected, this, [this, connection] {
                ++disconnected;
                connection->deleteLater();
            });
        });
    connect(m_listener, &HubListener::joiningDropped, this,
        [this](WebSocketConnection* connection, HubListener::DropReason reason) {
            drops.append(reason);
            connection->sendTextMessage(QStringLiteral("dropped"));
        });
}

ListenerFixture::~ListenerFixture()
{
    for (const auto& connection : std::as_const(connections)) {
        if (connection)
            connection->disconnect(this);
    }
}

} // namespace dp::test
