#pragma once

#include "net/hublistener.h"
#include "net/webclientserver.h"
#include "net/websocketconnection.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dp::test {

/// The hub's listener on 127.0.0.1 with the web client's HTTP server and, in place of the hub's
/// admission, a stand-in that admits a WebSocket on its first text message and echoes every
/// text back with "echo:" in front.
class ListenerFixture : public QObject
{
public:
    explicit ListenerFixture(
        const HubListener::Options& options, const QString& webFolder = QStringLiteral(":/web"));
    ~ListenerFixture() override;

    quint16 port() const { return m_listener->serverPort(); }
    HubListener& listener() { return *m_listener; }

    QList<QPointer<WebSocketConnection>> connections;
    QStringList texts;
    QList<QByteArray> binaries;
    QList<HubListener::DropReason> drops;
    int admitted = 0;
    int disconnected = 0;

private:
    WebClientServer m_http;
    HubListener* m_listener;
};

/// Options with short timeouts for tests.
HubListener::Options fastListenerOptions();

} // namespace dp::test
