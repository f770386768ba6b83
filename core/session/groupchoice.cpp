#include "groupchoice.h"

namespace dp {

GroupChoice::GroupChoice(QObject* parent)
    : QObject(parent)
{
}

void GroupChoice::offer(const SessionRecord& session, const QString& reason)
{
    m_groups.setGroups(session.groups);
    m_workshopTitle = session.title;
    setErrorText(reason);
    m_open = true;
    emit openChanged();
}

void GroupChoice::close()
{
    setErrorText({});
    if (!m_open)
        return;
    m_open = false;
    emit openChanged();
}

bool GroupChoice::choose(const QString& groupId)
{
    if (!m_open)
        return false;
    if (m_groups.rowOf(groupId) < 0) {
        setErrorText(tr("This workshop has no group \"%1\". Please choose one of the groups shown.")
                         .arg(groupId));
        return false;
    }
    close();
    emit chosen(groupId);
    return true;
}

void GroupChoice::setErrorText(const QString& text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace dp
