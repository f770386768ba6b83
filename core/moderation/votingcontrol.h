#pragma once

#include <QDeadlineTimer>
#include <QStringList>

#include <chrono>

namespace dp {

class WorkshopHosting;

/// Opens and closes the hosted workshop's statements for voting and starts its rounds. The
/// state is the session host's, which tells the tablets; without a hosted workshop nothing
/// is open and nothing changes.
///
/// Closing is one click in front of a room, so for `undoWindow` after it the statements that
/// click shut can be reopened with undoClose(). Any other change of what is open (opening,
/// another close, the next round) ends that chance.
class VotingControl
{
public:
    static constexpr std::chrono::milliseconds DefaultUndoWindow { 8000 };

    explicit VotingControl(
        const WorkshopHosting& hosting, std::chrono::milliseconds undoWindow = DefaultUndoWindow);

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

    std::chrono::milliseconds undoWindow() const { return m_undoWindow; }
    /// The statements the last close shut, while that close can still be undone; else empty.
    QStringList undoableClose() const;
    bool canUndoClose() const { return !undoableClose().isEmpty(); }
    /// Reopens what the last close shut; false (and nothing changes) when the undo window has
    /// passed, something else changed since, or nothing is hosted.
    bool undoClose();
    /// Gives up the chance to undo the last close.
    void forgetUndo() { m_closed.clear(); }

private:
    void close(const QStringList& statementIds);
    void rememberClosed(const QStringList& statementIds);

    const WorkshopHosting& m_hosting;
    std::chrono::milliseconds m_undoWindow;
    QStringList m_closed;
    QDeadlineTimer m_undoDeadline;
};

} // namespace dp
