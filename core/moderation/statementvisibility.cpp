#include "statementvisibility.h"

namespace dp {

void StatementVisibility::setStatementIds(const QStringList& statementIds)
{
    m_statementIds = statementIds;
    m_revealed.clear();
}

bool StatementVisibility::setHideUntilRevealed(bool hide)
{
    if (m_hideUntilRevealed == hide)
        return false;
    m_hideUntilRevealed = hide;
    return true;
}

bool StatementVisibility::isRevealed(const QString& statementId) const
{
    return !m_hideUntilRevealed || m_revealed.contains(statementId);
}

QStringList StatementVisibility::revealedStatements() const
{
    if (!m_hideUntilRevealed)
        return m_statementIds;
    QStringList ids;
    for (const QString& id : m_statementIds) {
        if (m_revealed.contains(id))
            ids.append(id);
    }
    return ids;
}

bool StatementVisibility::setRevealed(const QString& statementId, bool revealed)
{
    if (m_revealed.contains(statementId) == revealed || !m_statementIds.contains(statementId))
        return false;
    if (revealed)
        m_revealed.insert(statementId);
    else
        m_revealed.remove(statementId);
    return true;
}

void StatementVisibility::setRevealed(const QStringList& statementIds, bool revealed)
{
    for (const QString& id : statementIds)
        setRevealed(id, revealed);
}

} // namespace dp
