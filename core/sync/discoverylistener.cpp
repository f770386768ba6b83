#include "discoverylistener.h"

#include "discoverybeacon.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QUdpSocket>

namespace dp {

DiscoveryListener::DiscoveryListener(QObject* parent)
    : QAbstractListModel(parent)
    , m_discoveryPort(DiscoveryBeacon::DefaultPort)
{
    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &DiscoveryListener::expire);
}

bool DiscoveryListener::start()
{
    if (isListening())
        return true;
    delete m_socket;
    m_socket = new QUdpSocket(this);
    // Several apps (or a hub and an attendee on one machine) may listen at once.
    if (!m_socket->bind(QHostAddress::Any, m_discoveryPort,
            QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        m_errorText = tr("Cannot listen for workshops on UDP port %1: %2 – please enter the "
                         "workshop link or scan its QR code instead")
                          .arg(m_discoveryPort)
                          .arg(m_socket->errorString());
        emit errorTextChanged();
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &DiscoveryListener::readPending);
    m_expiryTimer.start();
    emit listeningChanged();
    return true;
}

void DiscoveryListener::stop()
{
    m_expiryTimer.stop();
    if (m_socket) {
        m_socket->close();
        emit listeningChanged();
    }
}

bool DiscoveryListener::isListening() const
{
    return m_socket && m_socket->state() == QAbstractSocket::BoundState;
}

bool DiscoveryListener::parseBeacon(const QByteArray& datagram, Workshop* workshop)
{
    if (datagram.size() > 2048)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(datagram).object();
    if (o.value(QLatin1String("type")).toString() != QLatin1String("beacon")
        || o.value(QLatin1String("app")).toString() != QLatin1String("dialogpunkte"))
        return false;
    const auto port = protocol::exactInteger(o.value(QLatin1String("port")), 1, 65535);
    const auto version = protocol::exactInteger(o.value(QLatin1String("v")), 1, 1000);
    if (!port || !version)
        return false;
    workshop->id = o.value(QLatin1String("id")).toString().left(64);
    workshop->title = o.value(QLatin1String("title")).toString().left(100);
    workshop->port = quint16(*port);
    workshop->protocol = int(
        protocol::exactInteger(o.value(QLatin1String("protocol")), 1, 1000).value_or(*version));
    return !workshop->id.isEmpty();
}

void DiscoveryListener::readPending()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(4096);
        Workshop heard;
        if (!parseBeacon(datagram.data(), &heard))
            continue;
        QHostAddress sender = datagram.senderAddress();
        bool isV4 = false;
        const quint32 v4 = sender.toIPv4Address(&isV4);
        if (isV4)
            sender = QHostAddress(v4);
        heard.host = sender.toString();
        heard.lastSeen = QDateTime::currentDateTimeUtc();
        const auto it = std::find_if(m_workshops.begin(), m_workshops.end(),
            [&](const Workshop& w) { return w.id == heard.id; });
        if (it != m_workshops.end()) {
            // The same hub is heard over IPv4 and IPv6; keep IPv4, it needs no interface scope.
            if (isV4 || QHostAddress(it->host).protocol() != QAbstractSocket::IPv4Protocol)
                it->host = heard.host;
            it->lastSeen = heard.lastSeen;
            it->title = heard.title;
            const QModelIndex changed = index(int(it - m_workshops.begin()));
            emit dataChanged(changed, changed);
            continue;
        }
        const int row = int(m_workshops.size());
        beginInsertRows({}, row, row);
        m_workshops.append(heard);
        endInsertRows();
        emit countChanged();
        emit workshopFound(heard.title, heard.host, heard.port);
    }
}

void DiscoveryListener::expire()
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addMSecs(-m_expiryMs);
    for (int row = int(m_workshops.size()) - 1; row >= 0; --row) {
        if (m_workshops.at(row).lastSeen < limit) {
            beginRemoveRows({}, row, row);
            m_workshops.removeAt(row);
            endRemoveRows();
            emit countChanged();
        }
    }
}

int DiscoveryListener::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_workshops.size());
}

QVariant DiscoveryListener::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workshop& w = m_workshops.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return w.title;
    case HostRole:
        return w.host;
    case PortRole:
        return w.port;
    case ProtocolRole:
        return w.protocol;
    case LastSeenRole:
        return w.lastSeen;
    default:
        return {};
    }
}

QHash<int, QByteArray> DiscoveryListener::roleNames() const
{
    return { { TitleRole, "title" }, { HostRole, "host" }, { PortRole, "port" },
        { ProtocolRole, "protocolVersion" }, { LastSeenRole, "lastSeen" } };
}

} // namespace dp
