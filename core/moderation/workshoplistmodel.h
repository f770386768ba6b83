#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QStringList>

namespace dp {

/// One prepared or past workshop as the moderator's list shows it.
struct WorkshopRow
{
    QString sessionId;
    QString title;
    QDate date;
    QString catalogTitle;
    QStringList dimensionTitles;
    QStringList groupNames;
    int participantCount = 0;
    qint64 answerCount = 0;
    QString seriesId;
    QString seriesTitle;
    int seriesPosition = 0;
    bool archived = false;
    int anonymityThreshold = 5;
    bool started = false; ///< hosted before: hosting it again continues it

    bool operator==(const WorkshopRow& other) const = default;
};

/// The moderator's workshops (active or archived, newest first) for the workshops page.
class WorkshopListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        DateRole, ///< ISO date, yyyy-MM-dd
        DateTextRole, ///< dd.MM.yyyy, as German readers expect it
        CatalogTitleRole,
        DimensionTitlesRole,
        DimensionCountRole,
        GroupNamesRole,
        ParticipantCountRole,
        AnswerCountRole,
        SeriesIdRole,
        SeriesTitleRole,
        SeriesPositionRole,
        ArchivedRole,
        AnonymityThresholdRole,
        StartedRole,
    };
    Q_ENUM(Role)

    explicit WorkshopListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<WorkshopRow>& rows);
    const QList<WorkshopRow>& rows() const { return m_rows; }
    /// Row of the session, or -1.
    Q_INVOKABLE int indexOf(const QString& sessionId) const;

signals:
    void countChanged();

private:
    QList<WorkshopRow> m_rows;
};

} // namespace dp
