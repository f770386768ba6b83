#pragma once

#include <QStringList>

namespace dp {

class WorkshopHosting;

/// Opens and closes the hosted workshop's statements for voting and starts its rounds. The
/// state is the session host's, which tells the tablets; without a hosted workshop nothing
/// is open and nothing changes.
class VotingControl
{
public:
    explicit VotingControl(const WorkshopHosting& hosting);

    /// The round answers are collected for; 1 while nothing is hosted.
    int round() const;
    QStringList openStatements() const;
    bool isOpen(const QString& statementId) const;
    void setOpen(const QString& statementId, bool open);
    /// Opens or closes these statements together (a dimension); others keep their state.
    void setOpen(const QStringList& statementIds, bool open);
    void setAllOpen(bool open);
    /// Answers are collected anew for the next round.
    void nextRound();

private:
    const WorkshopHosting& m_hosting;
};

} // namespace dp
