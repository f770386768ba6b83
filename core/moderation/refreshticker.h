#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace dp {

class LiveAggregator;

/// Coalesces the live statistics' change notices into one refresh per interval, so many answers
/// in one frame become one repaint and a view of one statement re-reads only when it changed.
class RefreshTicker : public QObject
{
    Q_OBJECT

public:
    explicit RefreshTicker(int intervalMs, QObject* parent = nullptr);

    /// Every changed statement (LiveAggregator::changed) and every reset (all statements) of
    /// `aggregator` is collected for the next refresh.
    void follow(const LiveAggregator& aggregator);
    /// The statements a reset stands for: a refresh after a reset names all of them.
    void setStatementIds(const QStringList& statementIds) { m_statementIds = statementIds; }

    void markChanged(const QString& statementId);
    void markAllChanged();
    /// A refresh is due: something changed since the last one.
    bool isPending() const { return m_timer.isActive(); }
    /// Counts the refreshes so far; views re-read their figures when it moves.
    int revision() const { return m_revision; }

signals:
    /// At most once per interval, after `revision` moved: the statements whose figures changed
    /// since the last refresh (in no particular order).
    void refreshed(const QStringList& statementIds);

private:
    void schedule();
    void refresh();

    QTimer m_timer;
    QStringList m_statementIds;
    QSet<QString> m_changed;
    bool m_allChanged = false;
    int m_revision = 0;
};

} // namespace dp
