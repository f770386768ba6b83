#include "moderatorsession.h"

#include "catalog/builtincatalogs.h"
#include "catalogtexts.h"
#include "session/defaultgroups.h"
#include "storage/notesstore.h"
#include "storage/sessionlifecycle.h"

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
    m_ticker.follow(m_aggregator);
    connect(&m_ticker, &RefreshTicker::refreshed, this, [this](const QStringList& statementIds) {
        emit revisionChanged();
        emit statementsRefreshed(statementIds);
    });
    connect(&m_aggregator, &LiveAggregator::minimumGroupSizeChanged, this,
        &ModeratorSession::minimumGroupSizeChanged);
    connect(
        &m_hosting, &WorkshopHosting::hostingChanged, this, &ModeratorSession::onHostingChanged);
    connect(
        &m_hosting, &WorkshopHosting::restoringChanged, this, &ModeratorSession::restoringChanged);
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

bool ModeratorSession::startRestore()
{
    return startRestoreOn(QHostAddress::Any, DefaultPort);
}

bool ModeratorSession::startRestoreOn(const QHostAddress& address, quint16 port)
{
    stopHosting();
    QString error;
    if (!m_hosting.startRestore(address, port, &error)) {
        setErrorText(tr("Cannot restore from the tablets: %1").arg(error));
        return false;
    }
    setErrorText(QString());
    return true;
}

bool ModeratorSession::restoreWorkshop(const QString& sessionId)
{
    return restoreWorkshopOn(sessionId, QHostAddress::Any, DefaultPort, true);
}

bool ModeratorSession::restoreWorkshopOn(
    const QString& sessionId, const QHostAddress& address, quint16 port, bool announce)
{
    QString error;
    if (!m_hosting.restoreAndHost(sessionId, address, port, {}, announce, &error)) {
        setErrorText(tr("The workshop cannot be restored: %1").arg(error));
        return false;
    }
    setErrorText(QString());
    return true;
}

void ModeratorSession::stopHosting()
{
    if (SessionHost* h = host())
        h->disconnect(this);
    m_hosting.stop();
}

void ModeratorSession::endWorkshop()
{
    if (SessionHost* h = host())
        h->disconnect(this);
    m_hosting.end();
}

bool ModeratorSession::undoClose()
{
    const bool undone = m_voting.undoClose();
    emit undoableCloseChanged();
    return undone;
}

void ModeratorSession::forgetUndo()
{
    m_voting.forgetUndo();
    emit undoableCloseChanged();
}

void ModeratorSession::onHostingChanged()
{
    SessionHost* h = host();
    m_voting.forgetUndo();
    setStatementIds({});
    if (h) {
        connect(h, &SessionHost::ratingsStored, this, &ModeratorSession::applyRatings);
        connect(h, &SessionHost::participantRegistered, this, &ModeratorSession::applyParticipant);
        connect(h, &SessionHost::stateChanged, this, &ModeratorSession::onHostStateChanged);
        m_statisticsStore.load(h->snapshot().session);
        QStringList statementIds;
        for (const Statement& statement : h->snapshot().session.catalog.allStatements())
            statementIds.append(statement.id);
        setStatementIds(statementIds);
        m_round = h->currentRound();
    }
    emit structureChanged();
    emit roundChanged();
    emit openStatementsChanged();
    emit focusChanged();
    emit revealedChanged();
    emit undoableCloseChanged();
    emit hostingChanged();
}

void ModeratorSession::setStatementIds(const QStringList& statementIds)
{
    // A new workshop (or none): the focus starts again, every result is hidden again, and a
    // refresh of "all" names its statements.
    m_statementIds = statementIds;
    m_focus.setStatementIds(statementIds);
    m_visibility.setStatementIds(statementIds);
    m_ticker.setStatementIds(statementIds);
}

void ModeratorSession::onHostStateChanged()
{
    emit openStatementsChanged();
    if (m_round != host()->currentRound()) {
        m_round = host()->currentRound();
        m_visibility.hideAll();
        emit roundChanged();
        emit revealedChanged();
        m_ticker.markAllChanged();
    }
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

void ModeratorSession::focusMoved(bool moved)
{
    if (moved)
        emit focusChanged();
}

void ModeratorSession::revealedMoved(bool moved)
{
    if (moved)
        emit revealedChanged();
}

QVariantMap ModeratorSession::plot(const QString& statementId, bool byGroup) const
{
    return m_figures.plot(
        statementId, round(), byGroup, host() ? &host()->snapshot().session : nullptr, m_language);
}

void ModeratorSession::setDimensionRevealed(const QString& dimensionId, bool revealed)
{
    m_visibility.setRevealed(catalogtexts::statementsOf(catalog(), dimensionId), revealed);
    emit revealedChanged();
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
