#pragma once

#include "workshoplistmodel.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace dp {

class Database;

/// The moderator's prepared and past workshops in the moderator's one database: preparing
/// (catalog, dimensions, groups, k, series), duplicating as the next workshop of a series,
/// archiving, deleting for good, and the optional retention period.
class WorkshopLibrary : public QObject
{
    Q_OBJECT
    Q_PROPERTY(dp::WorkshopListModel* workshops READ workshops CONSTANT)
    Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY showArchivedChanged)
    Q_PROPERTY(QVariantList series READ series NOTIFY seriesChanged)
    Q_PROPERTY(
        int retentionDays READ retentionDays WRITE setRetentionDays NOTIFY retentionDaysChanged)
    Q_PROPERTY(int retentionDeletedCount READ retentionDeletedCount NOTIFY retentionApplied)
    Q_PROPERTY(QString hostedSessionId READ hostedSessionId WRITE setHostedSessionId NOTIFY
            hostedSessionIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    /// Longest retention period accepted (ten years); 0 means "keep until deleted by hand".
    static constexpr int MaxRetentionDays = 3650;
    static constexpr char RetentionKey[] = "retention_days";

    explicit WorkshopLibrary(Database& database, QObject* parent = nullptr);

    WorkshopListModel* workshops() { return &m_model; }
    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool archived);
    /// [{id, title, workshopCount}], oldest first.
    QVariantList series() const { return m_series; }
    int retentionDays() const;
    void setRetentionDays(int days);
    /// Workshops the retention period deleted at this start; -1 before it ran.
    int retentionDeletedCount() const { return m_retentionDeleted; }
    QString hostedSessionId() const { return m_hostedSessionId; }
    void setHostedSessionId(const QString& sessionId);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QString errorText() const { return m_errorText; }

    /// [{id, title, statementCount}] of a built-in catalog or, with a path, a catalog file.
    Q_INVOKABLE QVariantList catalogDimensions(const QString& catalogId, const QString& path);
    Q_INVOKABLE QStringList defaultGroupNames() const;
    /// Prepares a workshop from {title, date, catalogId | catalogPath, dimensionIds (empty: all),
    /// groups (names), k, seriesId | newSeriesTitle}. The new session id, or empty with
    /// errorText set and nothing stored.
    Q_INVOKABLE QString createWorkshop(const QVariantMap& spec);
    /// The next workshop of the series (see SessionLifecycle::duplicateAsNextWorkshop).
    Q_INVOKABLE QString duplicateAsNext(
        const QString& sessionId, const QString& date, const QString& title);
    Q_INVOKABLE bool setArchived(const QString& sessionId, bool archived);
    /// Deletes the workshop with every answer, for good (GDPR); the hosted one is refused.
    Q_INVOKABLE bool deleteWorkshop(const QString& sessionId);
    Q_INVOKABLE QString createSeries(const QString& title);
    Q_INVOKABLE bool assignToSeries(const QString& sessionId, const QString& seriesId);
    /// Applies the retention period (nothing when off); the number deleted, or -1 on error.
    Q_INVOKABLE int applyRetention();
    int applyRetentionAt(const QDate& today);
    Q_INVOKABLE void refresh();

signals:
    void showArchivedChanged();
    void seriesChanged();
    void retentionDaysChanged();
    void retentionApplied();
    void hostedSessionIdChanged();
    void languageChanged();
    void errorTextChanged();
    /// Sessions were added, changed or removed (e.g. a report view may re-read them).
    void workshopsChanged();

private:
    bool fail(const QString& text);
    void clearError();

    Database& m_database;
    WorkshopListModel m_model;
    bool m_showArchived = false;
    QVariantList m_series;
    int m_retentionDeleted = -1;
    QString m_hostedSessionId;
    QString m_language = QStringLiteral("de");
    QString m_errorText;
};

} // namespace dp
