#include "moderatorsession.h"

#include "catalog/builtincatalogs.h"
#include "catalogtexts.h"
#include "session/defaultgroups.h"
#include "storage/notesstore.h"
#include "storage/ratingstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"

namespace dp {

namespace {
const Catalog emptyCatalog;
} // namespace

ModeratorSession::ModeratorSession(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_hosting(database)
{
    // Many answers in one frame become one repaint: views re-read figures on `revision`, and a
    // statement's plot only when that statement changed (statementsRefreshed).
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &ModeratorSession::refresh);
    connect(&m_aggregator, &LiveAggregator::changed, this, [this](const QString& statementId) {
        m_changedStatements.insert(statementId);
        scheduleRefresh();
    });
    connect(&m_aggregator, &LiveAggregator::reset, this, [this] {
        m_allStatementsChanged = true;
        scheduleRefresh();
    });
    connect(&m_aggregator, &LiveAggregator::minimumGroupSizeChanged, this,
        &ModeratorSession::minimumGroupSizeChanged);
    connect(
        &m_hosting, &WorkshopHosting::hostingChanged, this, &ModeratorSession::onHostingChanged);
}

ModeratorSession::~ModeratorSession()
{
    m_hosting.disconnect(this);
    stopHosting();
}

void ModeratorSession::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
}

void ModeratorSession::setDemo(bool demo)
{
    if (m_demo == demo)
        return;
    m_demo = demo;
    emit demoChanged();
}

QVariantList ModeratorSession::catalogs() const
{
    QVariantList list;
    for (const BuiltinCatalogInfo& info : builtinCatalogs()) {
        list.append(QVariantMap { { QStringLiteral("id"), info.id },
            { QStringLiteral("title"), info.title.text(m_language) },
            { QStringLiteral("statementCount"), info.statementCount } });
    }
    return list;
}

void ModeratorSession::setLanguage(const QString& language)
{
    if (m_language == language || language.isEmpty())
        return;
    m_language = language;
    emit languageChanged();
    emit structureChanged();
}

bool ModeratorSession::hostSession(const QString& sessionId, const QHostAddress& address,
    quint16 port, const QString& shownHost, bool announce)
{
    QString error;
    if (!m_hosting.start(sessionId, address, port, shownHost, announce, &error)) {
        setErrorText(tr("The workshop cannot be hosted: %1").arg(error));
        return false;
    }
    setErrorText(QString());
    return true;
}

bool ModeratorSession::hostNewWorkshop(const QString& catalogId, const QString& title,
    const QHostAddress& address, quint16 port, const QString& shownHost)
{
    const auto loaded = loadBuiltin(catalogId);
    if (!loaded.ok()) {
        setErrorText(loaded.error);
        return false;
    }
    QString error;
    const QString shownTitle
        = title.trimmed().isEmpty() ? loaded.catalog.title.text(m_language) : title.trimmed();
    const auto session = SessionLifecycle(m_database)
                             .createSession(shownTitle, QDate::currentDate(), loaded.catalog, {},
                                 defaultGroups(), SessionRecord::Role::Moderator, 5, &error);
    if (!session) {
        setErrorText(tr("The workshop cannot be prepared: %1").arg(error));
        return false;
    }
    return hostSession(session->id, address, port, shownHost);
}

bool ModeratorSession::hostWorkshop(const QString& sessionId)
{
    return hostSession(sessionId, QHostAddress::Any, DefaultPort, {}, true);
}

void ModeratorSession::stopHosting()
{
    if (SessionHost* h = host())
        h->disconnect(this);
    m_hosting.stop();
}

void ModeratorSession::onHostingChanged()
{
    SessionHost* h = host();
    m_statementIds.clear();
    m_revealed.clear();
    m_focusIndex = 0;
    if (h) {
        connect(h, &SessionHost::ratingsStored, this, &ModeratorSession::applyRatings);
        connect(h, &SessionHost::participantRegistered, this, &ModeratorSession::applyParticipant);
        connect(h, &SessionHost::stateChanged, this, &ModeratorSession::onHostStateChanged);
        m_aggregator.setSession(h->snapshot().session);
        // The workshop's own k, as prepared; the aggregator never goes below its minimum.
        if (const auto settings = SessionLifecycle(m_database).settings(h->sessionId()))
            m_aggregator.setMinimumGroupSize(settings->anonymityThreshold);
        loadStoredAnswers();
        for (const Statement& statement : h->snapshot().session.catalog.allStatements())
            m_statementIds.append(statement.id);
        m_round = h->currentRound();
    }
    emit structureChanged();
    emit roundChanged();
    emit openStatementsChanged();
    emit focusChanged();
    emit revealedChanged();
    emit hostingChanged();
}

void ModeratorSession::loadStoredAnswers()
{
    const QString sessionId = host()->sessionId();
    m_aggregator.load(SessionStore(m_database).participants(sessionId),
        RatingStore(m_database).ratings(sessionId));
}

void ModeratorSession::onHostStateChanged()
{
    emit openStatementsChanged();
    if (m_round != host()->currentRound()) {
        m_round = host()->currentRound();
        m_revealed.clear();
        emit roundChanged();
        emit revealedChanged();
        m_allStatementsChanged = true;
        scheduleRefresh();
    }
}

void ModeratorSession::refresh()
{
    const QStringList changed
        = m_allStatementsChanged ? m_statementIds : QStringList(m_changedStatements.values());
    m_changedStatements.clear();
    m_allStatementsChanged = false;
    ++m_revision;
    emit revisionChanged();
    emit statementsRefreshed(changed);
}

void ModeratorSession::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ModeratorSession::setErrorText(const QString& text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

const Catalog& ModeratorSession::catalog() const
{
    return host() ? host()->snapshot().session.catalog : emptyCatalog;
}

QVariantList ModeratorSession::dimensions() const
{
    return catalogtexts::dimensions(catalog(), m_language);
}

void ModeratorSession::setFocusIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, int(m_statementIds.size()) - 1));
    if (index == m_focusIndex)
        return;
    m_focusIndex = index;
    emit focusChanged();
}

void ModeratorSession::setHideUntilRevealed(bool hide)
{
    if (m_hideUntilRevealed == hide)
        return;
    m_hideUntilRevealed = hide;
    emit revealedChanged();
}

QStringList ModeratorSession::revealedStatements() const
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

void ModeratorSession::setMinimumGroupSize(int size)
{
    m_aggregator.setMinimumGroupSize(size);
    // The workshop keeps the k it was shown with, for its report and when it is hosted again.
    QString error;
    if (host())
        SessionLifecycle(m_database)
            .setAnonymityThreshold(host()->sessionId(), m_aggregator.minimumGroupSize(), &error);
}

QString ModeratorSession::statementText(const QString& statementId) const
{
    return catalogtexts::statementText(catalog(), statementId, m_language);
}

QString ModeratorSession::dimensionTitle(const QString& dimensionId) const
{
    return catalogtexts::dimensionTitle(catalog(), dimensionId, m_language);
}

QString ModeratorSession::dimensionOf(const QString& statementId) const
{
    return catalogtexts::dimensionOf(catalog(), statementId);
}

int ModeratorSession::points(const QString& statementId) const
{
    return catalogtexts::points(catalog(), statementId);
}

QStringList ModeratorSession::scaleLabels(const QString& statementId) const
{
    return catalogtexts::scaleLabels(catalog(), statementId, m_language);
}

QString ModeratorSession::cannotJudgeLabel(const QString& statementId) const
{
    return catalogtexts::cannotJudgeLabel(catalog(), statementId, m_language);
}

QVariantMap ModeratorSession::plot(const QString& statementId, bool byGroup) const
{
    QVariantMap data = m_aggregator.plotData(statementId, round(), byGroup);
    QVariantList legend;
    if (byGroup && host()) {
        const QVariantList ids = data.value(QStringLiteral("seriesIds")).toList();
        const QVariantList styles = data.value(QStringLiteral("seriesStyles")).toList();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QString name = tr("Other groups (too small to show alone)");
            for (const Group& group : host()->snapshot().session.groups) {
                if (group.id == ids.at(i).toString())
                    name = group.name.text(m_language);
            }
            legend.append(QVariantMap { { QStringLiteral("name"), name },
                { QStringLiteral("styleIndex"), styles.value(i) } });
        }
    }
    data.insert(QStringLiteral("legend"), legend);
    return data;
}

QVariantMap ModeratorSession::summary(const QString& statementId) const
{
    return m_aggregator.summaryMap(statementId, round());
}

int ModeratorSession::answerCount(const QString& statementId) const
{
    // Counting only: every refresh tick asks this for all statements, a full summary (median,
    // quartiles, consensus) would be computed for nothing.
    return m_aggregator.aggregation().distribution(statementId, round()).total();
}

int ModeratorSession::answersThisRound() const
{
    int total = 0;
    for (const QString& id : m_statementIds)
        total += answerCount(id);
    return total;
}

bool ModeratorSession::isRevealed(const QString& statementId) const
{
    return !m_hideUntilRevealed || m_revealed.contains(statementId);
}

void ModeratorSession::setRevealed(const QString& statementId, bool revealed)
{
    const bool had = m_revealed.contains(statementId);
    if (had == revealed || !catalog().statement(statementId))
        return;
    if (revealed)
        m_revealed.insert(statementId);
    else
        m_revealed.remove(statementId);
    emit revealedChanged();
}

void ModeratorSession::setDimensionRevealed(const QString& dimensionId, bool revealed)
{
    for (const QString& id : catalogtexts::statementsOf(catalog(), dimensionId)) {
        if (revealed)
            m_revealed.insert(id);
        else
            m_revealed.remove(id);
    }
    emit revealedChanged();
}

bool ModeratorSession::isOpen(const QString& statementId) const
{
    return host() && host()->openStatements().contains(statementId);
}

void ModeratorSession::setOpen(const QString& statementId, bool open)
{
    if (!host())
        return;
    if (open)
        host()->openStatement(statementId);
    else
        host()->closeStatement(statementId);
}

void ModeratorSession::setDimensionOpen(const QString& dimensionId, bool open)
{
    for (const QString& id : catalogtexts::statementsOf(catalog(), dimensionId))
        setOpen(id, open);
}

void ModeratorSession::setAllOpen(bool open)
{
    if (!host())
        return;
    if (open)
        host()->openAllStatements();
    else
        host()->closeAllStatements();
}

void ModeratorSession::nextRound()
{
    if (host())
        host()->startNextRound();
}

void ModeratorSession::focusNext()
{
    setFocusIndex(m_focusIndex + 1);
}

void ModeratorSession::focusPrevious()
{
    setFocusIndex(m_focusIndex - 1);
}

void ModeratorSession::focusStatement(const QString& statementId)
{
    const qsizetype index = m_statementIds.indexOf(statementId);
    if (index >= 0)
        setFocusIndex(int(index));
}

void ModeratorSession::applyRatings(const QList<Rating>& ratings)
{
    for (const Rating& rating : ratings)
        m_aggregator.applyRating(rating);
}

void ModeratorSession::applyParticipant(const Participant& participant)
{
    m_aggregator.applyParticipant(participant);
}

QString ModeratorSession::note(const QString& statementId) const
{
    if (!host())
        return {};
    const auto stored = NotesStore(m_database).note(host()->sessionId(), statementId);
    return stored ? stored->text : QString();
}

bool ModeratorSession::setNote(const QString& statementId, const QString& text)
{
    if (!host()) {
        setErrorText(tr("The note cannot be saved: no workshop is open."));
        return false;
    }
    if (note(statementId) == text)
        return true;
    QString error;
    if (!NotesStore(m_database).setNote(host()->sessionId(), statementId, text, &error)) {
        setErrorText(tr("The note cannot be saved: %1").arg(error));
        return false;
    }
    emit noteChanged(statementId);
    return true;
}

} // namespace dp
