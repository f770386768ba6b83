#pragma once

#include "ordinalstats.h"
#include "statementinfo.h"

#include <QAbstractListModel>
#include <QPointer>

namespace dp {

class LiveAggregator;

} // namespace dp

Q_MOC_INCLUDE("stats/liveaggregator.h")

namespace dp {

/// "Where do we disagree most?": one row per statement of a round, sortable by dispersion
/// or by the share of "cannot judge". Values update live; the order changes only on sort(),
/// so rows do not jump around on the projector while people are answering. While results are
/// hidden until revealed, only revealed statements are listed: the ranking must not give away
/// what the room has not seen.
class DisagreementModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(dp::LiveAggregator* source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int round READ round WRITE setRound NOTIFY roundChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey NOTIFY sortKeyChanged)
    Q_PROPERTY(bool hideUntilRevealed READ hideUntilRevealed WRITE setHideUntilRevealed NOTIFY
            visibilityChanged)
    Q_PROPERTY(QStringList revealedStatements READ revealedStatements WRITE setRevealedStatements
            NOTIFY visibilityChanged)

public:
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        DimensionIdRole,
        TextRole,
        TotalRole,
        AnsweredRole,
        CannotJudgeRole,
        CannotJudgeShareRole,
        HasValuesRole,
        MedianRole,
        ConsensusRole,
        DispersionRole,
    };
    Q_ENUM(Role)
    enum class SortKey { CatalogOrder, Dispersion, CannotJudgeShare };
    Q_ENUM(SortKey)

    explicit DisagreementModel(QObject* parent = nullptr);

    LiveAggregator* source() const { return m_source; }
    void setSource(LiveAggregator* source);
    int count() const { return static_cast<int>(m_rows.size()); }
    int round() const { return m_round; }
    void setRound(int round);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    SortKey sortKey() const { return m_sortKey; }
    bool hideUntilRevealed() const { return m_hideUntilRevealed; }
    void setHideUntilRevealed(bool hide);
    QStringList revealedStatements() const { return m_revealed; }
    void setRevealedStatements(const QStringList& statementIds);

    /// Orders the rows: dispersion and "cannot judge" share descending (largest first),
    /// ties in catalog order; statements without answers go last.
    Q_INVOKABLE void sort(dp::DisagreementModel::SortKey key);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void sourceChanged();
    void countChanged();
    void roundChanged();
    void languageChanged();
    void sortKeyChanged();
    void visibilityChanged();

private:
    struct Row
    {
        StatementInfo info;
        int catalogIndex = 0;
        Summary summary;
    };
    void rebuild();
    void updateStatement(const QString& statementId, int round);
    void applySort();

    QPointer<LiveAggregator> m_source;
    QList<Row> m_rows;
    int m_round = 1;
    QString m_language = QStringLiteral("de");
    SortKey m_sortKey = SortKey::CatalogOrder;
    bool m_hideUntilRevealed = false;
    QStringList m_revealed;
};

} // namespace dp
