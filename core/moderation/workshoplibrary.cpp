#include "workshoplibrary.h"

#include "storage/database.h"
#include "storage/retention.h"
#include "storage/seriesstore.h"
#include "storage/sessiondeletion.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"
#include "storage/sqlhelpers.h"
#include "workshophosting.h"
#include "workshopinputs.h"
#include "workshoprows.h"

#include <QSqlQuery>

namespace dp {

WorkshopLibrary::WorkshopLibrary(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    if (!m_database.isOpen())
        m_errorText = tr("The workshops cannot be shown: the moderator's database is not open.");
    refresh();
}

void WorkshopLibrary::setShowArchived(bool archived)
{
    if (m_showArchived == archived)
        return;
    m_showArchived = archived;
    emit showArchivedChanged();
    refresh();
}

void WorkshopLibrary::setHostedSessionId(const QString& sessionId)
{
    if (m_hostedSessionId == sessionId)
        return;
    m_hostedSessionId = sessionId;
    emit hostedSessionIdChanged();
    refresh(); // hosting adds answers and marks the workshop as started
}

void WorkshopLibrary::setLanguage(const QString& language)
{
    if (m_language == language || language.isEmpty())
        return;
    m_language = language;
    emit languageChanged();
    refresh();
}

bool WorkshopLibrary::fail(const QString& text)
{
    if (m_errorText != text) {
        m_errorText = text;
        emit errorTextChanged();
    }
    return false;
}

void WorkshopLibrary::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    emit errorTextChanged();
}

int WorkshopLibrary::retentionDays() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(RetentionKey));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

void WorkshopLibrary::setRetentionDays(int days)
{
    if (days < 0 || days > MaxRetentionDays) {
        fail(tr("The retention period must be between 1 and %1 days, or off.")
                 .arg(MaxRetentionDays));
        return;
    }
    if (days == retentionDays())
        return;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::fromLatin1(RetentionKey));
    query.addBindValue(QString::number(days));
    QString error;
    if (!sql::exec(query, QStringLiteral("Saving the retention period"), &error)) {
        fail(tr("The retention period cannot be saved: %1").arg(error));
        return;
    }
    clearError();
    emit retentionDaysChanged();
}

int WorkshopLibrary::applyRetention()
{
    return applyRetentionAt(QDate::currentDate());
}

int WorkshopLibrary::applyRetentionAt(const QDate& today)
{
    if (!m_database.isOpen())
        return -1;
    const int days = retentionDays();
    if (days <= 0 || !m_hostedSessionId.isEmpty()) { // never under a running workshop
        m_retentionDeleted = 0;
        emit retentionApplied();
        return 0;
    }
    QString error;
    const auto deleted = Retention(m_database).expiredSessions(days, &error, today);
    // The hub states go first, so that the VACUUM after the deletion wipes them too.
    bool ok = deleted.has_value();
    for (const QString& id : deleted.value_or(QStringList())) {
        if (ok)
            ok = WorkshopHosting::forgetSession(m_database, id, &error);
    }
    if (!ok || !SessionDeletion(m_database).deleteSessions(*deleted, &error)) {
        fail(tr("Old workshops could not be deleted: %1").arg(error));
        return -1;
    }
    m_retentionDeleted = int(deleted->size());
    emit retentionApplied();
    if (!deleted->isEmpty()) {
        refresh();
        emit workshopsChanged();
    }
    return m_retentionDeleted;
}

QVariantList WorkshopLibrary::catalogDimensions(const QString& catalogId, const QString& path)
{
    const auto loaded = workshopinputs::loadCatalog(catalogId, path);
    if (!loaded.ok()) {
        fail(tr("The catalog cannot be read: %1").arg(loaded.error));
        return {};
    }
    clearError();
    QVariantList list;
    for (const Dimension& dimension : loaded.catalog.dimensions) {
        list.append(QVariantMap { { QStringLiteral("id"), dimension.id },
            { QStringLiteral("title"), dimension.title.text(m_language) },
            { QStringLiteral("statementCount"), int(dimension.statements.size()) } });
    }
    return list;
}

QStringList WorkshopLibrary::defaultGroupNames() const
{
    return workshopinputs::defaultGroupNames(m_language);
}

QString WorkshopLibrary::createWorkshop(const QVariantMap& spec)
{
    const QString title = spec.value(QStringLiteral("title")).toString().simplified();
    if (title.isEmpty())
        return fail(tr("Please give the workshop a title.")), QString();
    const QDate date = workshopinputs::parseDate(spec.value(QStringLiteral("date")).toString());
    if (!date.isValid())
        return fail(tr("Please enter the date as DD.MM.YYYY.")), QString();
    const auto loaded
        = workshopinputs::loadCatalog(spec.value(QStringLiteral("catalogId")).toString(),
            spec.value(QStringLiteral("catalogPath")).toString());
    if (!loaded.ok())
        return fail(tr("The catalog cannot be read: %1").arg(loaded.error)), QString();
    const QStringList dimensionIds = spec.value(QStringLiteral("dimensionIds")).toStringList();
    if (spec.contains(QStringLiteral("dimensionIds")) && dimensionIds.isEmpty())
        return fail(tr("Please choose at least one dimension.")), QString();
    QString error;
    const auto groups = workshopinputs::groupsFromNames(
        spec.value(QStringLiteral("groups")).toStringList(), m_language, &error);
    if (!groups)
        return fail(error), QString();
    QString seriesId = spec.value(QStringLiteral("seriesId")).toString();
    const QString newSeriesTitle
        = spec.value(QStringLiteral("newSeriesTitle")).toString().simplified();
    if (!seriesId.isEmpty() && !SeriesStore(m_database).series(seriesId))
        return fail(tr("The chosen series no longer exists.")), QString();
    if (spec.contains(QStringLiteral("newSeriesTitle")) && newSeriesTitle.isEmpty())
        return fail(tr("Please give the new series a title.")), QString();
    const int k = spec.value(QStringLiteral("k"), 5).toInt();

    const auto session = SessionLifecycle(m_database)
                             .createSession(title, date, loaded.catalog, dimensionIds, *groups,
                                 SessionRecord::Role::Moderator, k, &error);
    if (!session)
        return fail(tr("The workshop cannot be prepared: %1").arg(error)), QString();
    if (!newSeriesTitle.isEmpty()) {
        const auto created = SeriesStore(m_database).createSeries(newSeriesTitle, &error);
        seriesId = created ? created->id : QString();
    }
    if ((!newSeriesTitle.isEmpty() && seriesId.isEmpty())
        || (!seriesId.isEmpty()
            && !SeriesStore(m_database).assignSession(session->id, seriesId, &error))) {
        QString ignored; // all or nothing: no workshop without the series it was meant for
        SessionDeletion(m_database).deleteSession(session->id, &ignored);
        return fail(tr("The workshop cannot be added to the series: %1").arg(error)), QString();
    }
    clearError();
    refresh();
    emit workshopsChanged();
    return session->id;
}

QString WorkshopLibrary::duplicateAsNext(
    const QString& sessionId, const QString& date, const QString& title)
{
    const QDate parsed = workshopinputs::parseDate(date);
    if (!parsed.isValid())
        return fail(tr("Please enter the date as DD.MM.YYYY.")), QString();
    QString error;
    const auto next = SessionLifecycle(m_database)
                          .duplicateAsNextWorkshop(sessionId, parsed, title.simplified(), &error);
    if (!next)
        return fail(tr("The next workshop cannot be prepared: %1").arg(error)), QString();
    clearError();
    refresh();
    emit workshopsChanged();
    return next->id;
}

bool WorkshopLibrary::setArchived(const QString& sessionId, bool archived)
{
    if (archived && sessionId == m_hostedSessionId)
        return fail(tr("This workshop is being hosted right now. Please end it first."));
    QString error;
    if (!SessionLifecycle(m_database).setArchived(sessionId, archived, &error))
        return fail(tr("The workshop cannot be archived or restored: %1").arg(error));
    clearError();
    refresh();
    emit workshopsChanged();
    return true;
}

bool WorkshopLibrary::deleteWorkshop(const QString& sessionId)
{
    if (sessionId == m_hostedSessionId)
        return fail(tr("This workshop is being hosted right now. Please end it first."));
    QString error;
    if (!SessionStore(m_database).session(sessionId))
        return fail(tr("This workshop no longer exists."));
    // The hub states go first, so that the VACUUM after the deletion wipes them too.
    if (!WorkshopHosting::forgetSession(m_database, sessionId, &error)
        || !SessionDeletion(m_database).deleteSession(sessionId, &error))
        return fail(tr("The workshop cannot be deleted: %1").arg(error));
    clearError();
    refresh();
    emit workshopsChanged();
    return true;
}

QString WorkshopLibrary::createSeries(const QString& title)
{
    if (title.simplified().isEmpty())
        return fail(tr("Please give the new series a title.")), QString();
    QString error;
    const auto series = SeriesStore(m_database).createSeries(title.simplified(), &error);
    if (!series)
        return fail(tr("The series cannot be created: %1").arg(error)), QString();
    clearError();
    refresh();
    return series->id;
}

bool WorkshopLibrary::assignToSeries(const QString& sessionId, const QString& seriesId)
{
    QString error;
    if (!SeriesStore(m_database).assignSession(sessionId, seriesId, &error))
        return fail(tr("The workshop cannot be added to the series: %1").arg(error));
    clearError();
    refresh();
    emit workshopsChanged();
    return true;
}

void WorkshopLibrary::refresh()
{
    if (!m_database.isOpen())
        return;
    m_model.setRows(workshoprows::load(m_database, m_showArchived, m_language));
    const QVariantList series = workshoprows::series(m_database);
    if (series != m_series) {
        m_series = series;
        emit seriesChanged();
    }
}

} // namespace dp
