#include "votingcontrol.h"

#include "sync/sessionhost.h"
#include "workshophosting.h"

namespace dp {

VotingControl::VotingControl(const WorkshopHosting& hosting, std::chrono::milliseconds undoWindow)
    : m_hosting(hosting)
    , m_undoWindow(undoWindow)
{
}

int VotingControl::round() const
{
    const SessionHost* host = m_hosting.host();
    return host ? host->currentRound() : 1;
}

QStringList VotingControl::openStatements() const
{
    const SessionHost* host = m_hosting.host();
    return host ? host->openStatements() : QStringList();
}

bool VotingControl::isOpen(const QString& statementId) const
{
    const SessionHost* host = m_hosting.host();
    return host && host->openStatements().contains(statementId);
}

void VotingControl::setOpen(const QString& statementId, bool open)
{
    setOpen(QStringList { statementId }, open);
}

void VotingControl::setOpen(const QStringList& statementIds, bool open)
{
    SessionHost* host = m_hosting.host();
    if (!host)
        return;
    if (!open) {
        close(statementIds);
        return;
    }
    forgetUndo();
    for (const QString& id : statementIds)
        host->openStatement(id);
}

void VotingControl::setAllOpen(bool open)
{
    SessionHost* host = m_hosting.host();
    if (!host)
        return;
    if (!open) {
        rememberClosed(host->openStatements());
        host->closeAllStatements(); // one message to the tablets, not one per statement
        return;
    }
    forgetUndo();
    host->openAllStatements();
}

void VotingControl::close(const QStringList& statementIds)
{
    SessionHost* host = m_hosting.host();
    rememberClosed(statementIds);
    for (const QString& id : statementIds)
        host->closeStatement(id);
}

void VotingControl::rememberClosed(const QStringList& statementIds)
{
    // Only what this click shuts is reopened by an undo, never what was closed before.
    const QStringList open = m_hosting.host()->openStatements();
    m_closed.clear();
    for (const QString& id : statementIds) {
        if (open.contains(id) && !m_closed.contains(id))
            m_closed.append(id);
    }
    m_undoDeadline.setRemainingTime(m_undoWindow);
}

void VotingControl::nextRound()
{
    forgetUndo();
    if (SessionHost* host = m_hosting.host())
        host->startNextRound();
}

QStringList VotingControl::undoableClose() const
{
    if (!m_hosting.host() || m_undoDeadline.hasExpired())
        return {};
    return m_closed;
}

bool VotingControl::undoClose()
{
    const QStringList closed = undoableClose();
    forgetUndo();
    SessionHost* host = m_hosting.host();
    if (closed.isEmpty() || !host)
        return false;
    if (closed.size() == host->snapshot().session.catalog.allStatements().size())
        host->openAllStatements(); // "close all" undone: one message to the tablets
    else
        for (const QString& id : closed)
            host->openStatement(id);
    return true;
}

} // namespace dp
