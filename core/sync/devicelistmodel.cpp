#include "devicelistmodel.h"

namespace dp {

DeviceListModel::DeviceListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device& device = m_devices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NumberRole:
        return device.number;
    case ConnectedRole:
        return device.connected;
    case LastSeenRole:
        return device.lastSeen;
    case PendingAnswersRole:
        return device.pendingAnswers;
    case ReceivedAnswersRole:
        return device.receivedAnswers;
    case BrowserRole:
        return device.browser;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return { { NumberRole, "number" }, { ConnectedRole, "connected" }, { LastSeenRole, "lastSeen" },
        { PendingAnswersRole, "pendingAnswers" }, { ReceivedAnswersRole, "receivedAnswers" },
        { BrowserRole, "browser" } };
}

int DeviceListModel::connectedCount() const
{
    return int(std::count_if(
        m_devices.begin(), m_devices.end(), [](const Device& d) { return d.connected; }));
}

int DeviceListModel::browserCount() const
{
    return int(std::count_if(
        m_devices.begin(), m_devices.end(), [](const Device& d) { return d.browser; }));
}

int DeviceListModel::rowOf(const QString& deviceKey)
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).key == deviceKey)
            return row;
    }
    const int row = int(m_devices.size());
    beginInsertRows({}, row, row);
    m_devices.append(
        Device { deviceKey, row + 1, false, QDateTime::currentDateTimeUtc(), 0, 0, false });
    endInsertRows();
    emit countChanged();
    return row;
}

void DeviceListModel::changed(int row, const QList<int>& roles)
{
    const QModelIndex changedIndex = index(row);
    emit dataChanged(changedIndex, changedIndex, roles);
}

void DeviceListModel::markConnected(const QString& deviceKey, bool connected)
{
    const int row = rowOf(deviceKey);
    Device& device = m_devices[row];
    device.lastSeen = QDateTime::currentDateTimeUtc();
    const bool flipped = device.connected != connected;
    device.connected = connected;
    changed(row, { ConnectedRole, LastSeenRole });
    if (flipped)
        emit connectedCountChanged();
}

void DeviceListModel::markSeen(const QString& deviceKey, int pendingAnswers)
{
    const int row = rowOf(deviceKey);
    Device& device = m_devices[row];
    device.lastSeen = QDateTime::currentDateTimeUtc();
    if (pendingAnswers >= 0)
        device.pendingAnswers = pendingAnswers;
    changed(row, { LastSeenRole, PendingAnswersRole });
}

void DeviceListModel::addReceived(const QString& deviceKey, int answers)
{
    const int row = rowOf(deviceKey);
    m_devices[row].receivedAnswers += answers;
    changed(row, { ReceivedAnswersRole });
}

void DeviceListModel::markBrowser(const QString& deviceKey, bool browser)
{
    const int row = rowOf(deviceKey);
    if (m_devices[row].browser == browser)
        return;
    m_devices[row].browser = browser;
    changed(row, { BrowserRole });
    emit browserCountChanged();
}

void DeviceListModel::clear()
{
    beginResetModel();
    m_devices.clear();
    endResetModel();
    emit countChanged();
    emit connectedCountChanged();
    emit browserCountChanged();
}

} // namespace dp
