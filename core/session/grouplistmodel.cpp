#include "grouplistmodel.h"

namespace dp {

GroupListModel::GroupListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void GroupListModel::setGroups(const QList<Group>& groups)
{
    const int oldCount = rowCount();
    beginResetModel();
    m_groups = groups;
    endResetModel();
    if (oldCount != rowCount())
        emit countChanged();
}

void GroupListModel::setLanguage(const QString& language)
{
    if (m_language == language)
        return;
    m_language = language;
    emit dataChanged(index(0), index(rowCount() - 1), { NameRole, Qt::DisplayRole });
}

int GroupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size()) + 1;
}

QVariant GroupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case GroupIdRole:
        return groupIdAt(row);
    case Qt::DisplayRole:
    case NameRole:
        return row == 0 ? tr("No answer") : m_groups.at(row - 1).name.text(m_language);
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupListModel::roleNames() const
{
    return { { GroupIdRole, "groupId" }, { NameRole, "name" } };
}

QString GroupListModel::nameOf(const QString& groupId) const
{
    for (const Group& group : m_groups) {
        if (group.id == groupId)
            return group.name.text(m_language);
    }
    return {};
}

QString GroupListModel::groupIdAt(int row) const
{
    if (row <= 0 || row > m_groups.size())
        return {};
    return m_groups.at(row - 1).id;
}

int GroupListModel::rowOf(const QString& groupId) const
{
    if (groupId.isEmpty())
        return 0;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == groupId)
            return i + 1;
    }
    return -1;
}

} // namespace dp
