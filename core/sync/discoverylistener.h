#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimer>

class QUdpSocket;

namespace dp {

/// Nearby workshops heard from DiscoveryBeacons, as a list model for the join screen.
/// Entries vanish when their hub falls silent; errorText explains when nothing can be heard.
class DiscoveryListener : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool listening READ isListening NOTIFY listeningChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role { TitleRole = Qt::UserRole + 1, HostRole, PortRole, ProtocolRole, LastSeenRole };
    Q_ENUM(Role)

    /// One workshop heard on the network.
    struct Workshop
    {
        QString id;
        QString title;
        QString host;
        quint16 port = 0;
        int protocol = 0;
        QDateTime lastSeen;
    };

    explicit DiscoveryListener(QObject* parent = nullptr);

    void setDiscoveryPort(quint16 port) { m_discoveryPort = port; }
    void setExpiryMs(int ms) { m_expiryMs = ms; }
    Q_INVOKABLE bool start();
    Q_INVOKABLE void stop();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_workshops.size()); }
    bool isListening() const;
    QString errorText() const { return m_errorText; }
    const QList<Workshop>& workshops() const { return m_workshops; }

    /// Reads one datagram; false for anything that is not a valid beacon.
    static bool parseBeacon(const QByteArray& datagram, Workshop* workshop);

signals:
    void countChanged();
    void listeningChanged();
    void errorTextChanged();
    void workshopFound(const QString& title, const QString& host, int port);

private:
    void readPending();
    void expire();

    QUdpSocket* m_socket = nullptr;
    QTimer m_expiryTimer;
    QList<Workshop> m_workshops;
    QString m_errorText;
    quint16 m_discoveryPort;
    int m_expiryMs = 5000;
};

} // namespace dp
