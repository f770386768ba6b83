#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace dp {

/// Devices known to the hub for the moderator's screen: a running number, whether connected,
/// whether it is a browser (rather than the app), last seen and answers still pending on it.
/// Deliberately no device id, address or name.
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int connectedCount READ connectedCount NOTIFY connectedCountChanged)
    Q_PROPERTY(int browserCount READ browserCount NOTIFY browserCountChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        ConnectedRole,
        LastSeenRole,
        PendingAnswersRole,
        ReceivedAnswersRole,
        BrowserRole,
    };
    Q_ENUM(Role)

    explicit DeviceListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_devices.size()); }
    int connectedCount() const;
    /// Devices that joined with the browser page.
    int browserCount() const;

    /// Called by the hub; `deviceKey` stays inside the hub and is never exposed as a role.
    void markConnected(const QString& deviceKey, bool connected);
    void markSeen(const QString& deviceKey, int pendingAnswers = -1);
    void addReceived(const QString& deviceKey, int answers);
    /// Whether the device joined with the browser page (hello's client kind "web").
    void markBrowser(const QString& deviceKey, bool browser);
    void clear();

signals:
    void countChanged();
    void connectedCountChanged();
    void browserCountChanged();

private:
    struct Device
    {
        QString key;
        int number = 0;
        bool connected = false;
        QDateTime lastSeen;
        int pendingAnswers = 0;
        int receivedAnswers = 0;
        bool browser = false;
    };
    int rowOf(const QString& deviceKey);
    void changed(int row, const QList<int>& roles);

    QList<Device> m_devices;
};

} // namespace dp
