#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace dp {

/// Tablets known to the hub for the moderator's screen: a running number, whether connected,
/// last seen and answers still pending on the tablet. Deliberately no device id, address or name.
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int connectedCount READ connectedCount NOTIFY connectedCountChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        ConnectedRole,
        LastSeenRole,
        PendingAnswersRole,
        ReceivedAnswersRole,
    };
    Q_ENUM(Role)

    explicit DeviceListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_devices.size()); }
    int connectedCount() const;

    /// Called by the hub; `deviceKey` stays inside the hub and is never exposed as a role.
    void markConnected(const QString& deviceKey, bool connected);
    void markSeen(const QString& deviceKey, int pendingAnswers = -1);
    void addReceived(const QString& deviceKey, int answers);
    void clear();

signals:
    void countChanged();
    void connectedCountChanged();

private:
    struct Device
    {
        QString key;
        int number = 0;
        bool connected = false;
        QDateTime lastSeen;
        int pendingAnswers = 0;
        int receivedAnswers = 0;
    };
    int rowOf(const QString& deviceKey);
    void changed(int row, const QList<int>& roles);

    QList<Device> m_devices;
};

} // namespace dp
