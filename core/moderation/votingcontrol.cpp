#include "votingcontrol.h"

#include "sync/sessionhost.h"
#include "workshophosting.h"

namespace dp {

VotingControl::VotingControl(const WorkshopHosting& hosting)
    : m_hosting(hosting)
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
    SessionHost* host = m_hosting.host();
    if (!host)
        return;
    if (open)
        host->openStatement(statementId);
    else
        host->closeStatement(statementId);
}

void VotingControl::setOpen(const QStringList& statementIds, bool open)
{
    for (const QString& id : statementIds)
        setOpen(id, open);
}

void VotingControl::setAllOpen(bool open)
{
    SessionHost* host = m_hosting.host();
    if (!host)
        return;
    if (open)
        host->openAllStatements();
    else
        host->closeAllStatements();
}

void VotingControl::nextRound()
{
    if (SessionHost* host = m_hosting.host())
        host->startNextRound();
}

} // namespace dp
