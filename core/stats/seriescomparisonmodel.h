#pragma once

#include "seriescomparison.h"

#include <QAbstractListModel>
#include <QVariantList>

namespace dp {

class Database;

/// The series comparison for the screen: one row per statement shared by all workshops of a
/// series, with each workshop's pooled figures side by side and the median shift first → last.
///
/// Only each workshop's pooled distribution is used (no groups), and a workshop's figures of a
/// statement are withheld when fewer than that workshop's k people answered it: the comparison
/// leaves the room (it is shown to the network and documented), so a picture of two answers
/// must not travel with it. Pseudonyms are random per session and never joined.
class SeriesComparisonModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString seriesId READ seriesId WRITE setSeriesId NOTIFY seriesIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString seriesTitle READ seriesTitle NOTIFY loaded)
    /// One entry per workshop: { number, sessionId, sessionTitle, date (ISO), round }.
    Q_PROPERTY(QVariantList workshops READ workshops NOTIFY loaded)

public:
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        DimensionIdRole,
        DimensionTitleRole,
        TextRole,
        PointsRole,
        /// Per workshop: { sessionTitle, date, number, n, shown, hasValues, median, q1, q3,
        /// cannotJudgeShare, counts: [cannotJudge, n1, ..., nPoints] (empty when not shown) }.
        WorkshopsRole,
        ComparableRole, ///< first and last workshop both shown with answers on the scale
        MedianShiftRole, ///< last median minus first median, in scale points
    };
    Q_ENUM(Role)

    explicit SeriesComparisonModel(Database& database, QObject* parent = nullptr);

    int count() const { return static_cast<int>(m_rows.size()); }
    QString seriesId() const { return m_seriesId; }
    void setSeriesId(const QString& seriesId);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QString seriesTitle() const { return m_seriesTitle; }
    QVariantList workshops() const { return m_workshops; }

    /// Reads the series again, e.g. after another workshop was added or more answers came in.
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void seriesIdChanged();
    void languageChanged();
    void loaded();

private:
    struct Row
    {
        StatementAcrossSeries statement;
        LocalizedText dimensionTitle;
        int points = 0;
        QList<bool> shown; ///< per workshop: at least k answers
    };

    Database& m_database;
    QString m_seriesId;
    QString m_language = QStringLiteral("de");
    QString m_seriesTitle;
    QVariantList m_workshops;
    QList<int> m_thresholds; ///< k per workshop
    QList<Row> m_rows;
};

} // namespace dp
