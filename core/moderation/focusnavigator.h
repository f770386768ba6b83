#pragma once

#include <QStringList>

namespace dp {

/// Which statement the room looks at: a position in the workshop's statement order that the
/// moderator steps through. Stepping stops at the first and the last statement; it does not wrap.
class FocusNavigator
{
public:
    /// A new statement order puts the focus on the first statement.
    void setStatementIds(const QStringList& statementIds);
    const QStringList& statementIds() const { return m_statementIds; }

    int index() const { return m_index; }
    /// The focused statement's id; empty when there are no statements.
    QString statementId() const { return m_statementIds.value(m_index); }

    /// Each returns whether the focus moved. `index` is clamped into the statement order.
    bool setIndex(int index);
    bool next() { return setIndex(m_index + 1); }
    bool previous() { return setIndex(m_index - 1); }
    /// Unknown ids leave the focus where it is.
    bool focus(const QString& statementId);

private:
    QStringList m_statementIds;
    int m_index = 0;
};

} // namespace dp
