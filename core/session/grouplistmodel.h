#pragma once

#include "storage/records.h"

#include <QAbstractListModel>

namespace dp {

/// The groups a participant can choose from; the first row is "no answer" (empty id).
class GroupListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        NameRole,
    };
    Q_ENUM(Role)

    explicit GroupListModel(QObject* parent = nullptr);

    void setGroups(const QList<Group>& groups);
    QList<Group> groups() const { return m_groups; }
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Name of a group in the current language; "" for none or unknown ids.
    Q_INVOKABLE QString nameOf(const QString& groupId) const;
    Q_INVOKABLE QString groupIdAt(int row) const;
    Q_INVOKABLE int rowOf(const QString& groupId) const;

signals:
    void countChanged();

private:
    QList<Group> m_groups;
    QString m_language = QStringLiteral("de");
};

} // namespace dp
