#pragma once

#include <QObject>
#include <QTimer>

class QUdpSocket;

namespace dp {

/// Announces a running hub on the local network: a small UDP datagram every second to every
/// interface's IPv4 broadcast address and to the IPv6 link-local all-nodes group (ff02::1).
/// It carries title, port and protocol version — never the room code.
class DiscoveryBeacon : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 45454;

    explicit DiscoveryBeacon(QObject* parent = nullptr);

    void setTitle(const QString& title) { m_title = title; }
    void setHubPort(quint16 port) { m_hubPort = port; }
    void setDiscoveryPort(quint16 port) { m_discoveryPort = port; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    bool start(QString* error);
    void stop();
    /// The datagram as sent (exposed for tests of the listener).
    QByteArray datagram() const;

private:
    void announce();

    QUdpSocket* m_socket = nullptr;
    QTimer m_timer;
    QString m_title;
    QString m_instance;
    quint16 m_hubPort = 0;
    quint16 m_discoveryPort = DefaultPort;
};

} // namespace dp
