#include "discoverybeacon.h"

#include "protocol.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QNetworkInterface>
#include <QUdpSocket>
#include <QUuid>

namespace dp {

DiscoveryBeacon::DiscoveryBeacon(QObject* parent)
    : QObject(parent)
    , m_instance(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DiscoveryBeacon::announce);
}

bool DiscoveryBeacon::start(QString* error)
{
    if (!m_socket) {
        m_socket = new QUdpSocket(this);
        if (!m_socket->bind(QHostAddress::Any, 0)) {
            *error = tr("Cannot announce the workshop: %1").arg(m_socket->errorString());
            return false;
        }
    }
    announce();
    m_timer.start();
    return true;
}

void DiscoveryBeacon::stop()
{
    m_timer.stop();
}

QByteArray DiscoveryBeacon::datagram() const
{
    // The beacon's own format is version 1; "protocol" names the sync protocol the hub speaks.
    const QJsonObject beacon { { QStringLiteral("v"), 1 },
        { QStringLiteral("type"), QStringLiteral("beacon") },
        { QStringLiteral("app"), QStringLiteral("dialogpunkte") },
        { QStringLiteral("id"), m_instance }, { QStringLiteral("title"), m_title.left(100) },
        { QStringLiteral("port"), int(m_hubPort) },
        { QStringLiteral("protocol"), protocol::Version } };
    return QJsonDocument(beacon).toJson(QJsonDocument::Compact);
}

void DiscoveryBeacon::announce()
{
    const QByteArray data = datagram();
    bool sentBroadcast = false;
    for (const QNetworkInterface& iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning))
            continue;
        for (const QNetworkAddressEntry& entry : iface.addressEntries()) {
            if (!entry.broadcast().isNull()) {
                m_socket->writeDatagram(data, entry.broadcast(), m_discoveryPort);
                sentBroadcast = true;
            }
        }
        if (flags & QNetworkInterface::CanMulticast) {
            QHostAddress allNodes(QStringLiteral("ff02::1"));
            allNodes.setScopeId(iface.name());
            m_socket->writeDatagram(data, allNodes, m_discoveryPort);
        }
    }
    if (!sentBroadcast)
        m_socket->writeDatagram(data, QHostAddress::Broadcast, m_discoveryPort);
}

} // namespace dp
