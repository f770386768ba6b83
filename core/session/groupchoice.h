#pragma once

#include "grouplistmodel.h"

#include <QObject>

namespace dp {

/// Asks a person who joins a workshop for one of the workshop's own groups before the first
/// rating; a group the workshop does not know is refused with a reason and asked again, never
/// stored as "no group".
class GroupChoice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString workshopTitle READ workshopTitle NOTIFY openChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(dp::GroupListModel* groups READ groups CONSTANT)

public:
    explicit GroupChoice(QObject* parent = nullptr);

    bool isOpen() const { return m_open; }
    QString workshopTitle() const { return m_workshopTitle; }
    QString errorText() const { return m_errorText; }
    GroupListModel* groups() { return &m_groups; }
    void setLanguage(const QString& language) { m_groups.setLanguage(language); }

    /// Offers the groups of `session`; `reason` says why the person is asked (again).
    void offer(const SessionRecord& session, const QString& reason = {});
    void close();

    /// Takes `groupId` ("" for no group) when the workshop has it: emits `chosen` and closes.
    Q_INVOKABLE bool choose(const QString& groupId);

signals:
    void openChanged();
    void errorTextChanged();
    void chosen(const QString& groupId);

private:
    void setErrorText(const QString& text);

    GroupListModel m_groups;
    QString m_workshopTitle;
    QString m_errorText;
    bool m_open = false;
};

} // namespace dp
