#pragma once

#include <QSet>
#include <QStringList>

namespace dp {

/// Which results the room may see: with "hide until revealed" a statement's figures stay hidden
/// until the moderator reveals it, alone or with its dimension. A new round hides them again.
class StatementVisibility
{
public:
    /// The workshop's statements in catalog order; everything is hidden again.
    void setStatementIds(const QStringList& statementIds);
    /// Hides every statement again (a new round).
    void hideAll() { m_revealed.clear(); }

    bool hideUntilRevealed() const { return m_hideUntilRevealed; }
    /// True when the setting changed.
    bool setHideUntilRevealed(bool hide);

    /// Always true while results are not hidden until revealed.
    bool isRevealed(const QString& statementId) const;
    /// The statements whose results are shown, in catalog order.
    QStringList revealedStatements() const;
    /// True when the statement's state changed; statements of other workshops are ignored.
    bool setRevealed(const QString& statementId, bool revealed);
    /// Reveals or hides these statements together (a dimension); unknown ids are ignored.
    void setRevealed(const QStringList& statementIds, bool revealed);

private:
    QStringList m_statementIds;
    QSet<QString> m_revealed;
    bool m_hideUntilRevealed = true;
};

} // namespace dp
