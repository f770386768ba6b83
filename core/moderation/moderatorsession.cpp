#include "moderatorsession.h"

#include "catalog/builtincatalogs.h"
#include "session/defaultgroups.h"
#include "storage/notesstore.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/discoverybeacon.h"
#include "sync/joinurl.h"

#include <QDateTime>
#include <QDir>
#include <QNetworkInterface>
#include <QRandomGenerator>

namespace dp {

namespace {
const Catalog emptyCatalog;

QString lanAddress()
{
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address.toString();
    }
    return QStringLiteral("127.0.0.1");
}
} // namespace

ModeratorSession::ModeratorSession(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_folder(folder)
{
    // Many answers in one frame become one repaint: views re-read figures on `revision`.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        ++m_revision;
        emit revisionChanged();
    });
    connect(&m_aggregator, &LiveAggregator::changed, this, &ModeratorSession::scheduleRefresh);
    connect(&m_aggregator, &LiveAggregator::reset, this, &ModeratorSession::scheduleRefresh);
    connect(&m_aggregator, &LiveAggregator::minimumGroupSizeChanged, this,
        &ModeratorSession::minimumGroupSizeChanged);
    readPreviousTitle();
}

ModeratorSession::~ModeratorSession()
{
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

QString ModeratorSession::newestDatabase() const
{
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        { QStringLiteral("workshop-*.sqlite") }, QDir::Files, QDir::Name);
    return files.isEmpty() ? QString() : files.constLast().absoluteFilePath();
}

void ModeratorSession::readPreviousTitle()
{
    QString title;
    const QString path = newestDatabase();
    if (!path.isEmpty()) {
        Database database;
        QString error;
        if (database.open(path, &error)) {
            if (auto session = SessionStore(database).latestSession())
                title = session->title;
        }
    }
    if (title != m_previousTitle) {
        m_previousTitle = title;
        emit previousTitleChanged();
    }
}

bool ModeratorSession::start(const QString& catalogId, const QString& title, bool continuePrevious,
    const QHostAddress& address, quint16 port, const QString& shownHost)
{
    stopHosting();
    QString error;
    QString path = continuePrevious ? newestDatabase() : QString();
    if (path.isEmpty()) {
        QDir().mkpath(m_folder);
        path = QDir(m_folder).filePath(QStringLiteral("workshop-%1.sqlite")
                                           .arg(QDateTime::currentDateTimeUtc().toString(
                                               QStringLiteral("yyyyMMdd-hhmmss-zzz"))));
    }
    const auto catalog = loadBuiltin(catalogId);
    if (!continuePrevious && !catalog.ok()) {
        setErrorText(catalog.error);
        return false;
    }
    auto database = std::make_unique<Database>();
    if (!database->open(path, &error)) {
        setErrorText(tr("The workshop database cannot be opened: %1").arg(error));
        return false;
    }
    auto host = std::make_unique<SessionHost>(*database);
    host->setRoomCode(QString::number(100000 + QRandomGenerator::global()->bounded(900000)));
    const QString shownTitle
        = title.trimmed().isEmpty() ? catalog.catalog.title.text(m_language) : title.trimmed();
    if (!host->openSession(shownTitle, catalog.catalog, defaultGroups(), &error)) {
        setErrorText(error);
        return false;
    }
    // A taken default port is no reason to fail: any free port works with the join link.
    if (!host->listen(address, port, &error) && (port == 0 || !host->listen(address, 0, &error))) {
        setErrorText(error);
        return false;
    }
    m_database = std::move(database);
    m_host = std::move(host);
    connect(m_host.get(), &SessionHost::ratingsStored, this, &ModeratorSession::applyRatings);
    connect(m_host.get(), &SessionHost::participantRegistered, this,
        &ModeratorSession::applyParticipant);
    connect(m_host.get(), &SessionHost::stateChanged, this, &ModeratorSession::onHostStateChanged);
    m_aggregator.setSession(m_host->snapshot().session);
    loadStoredAnswers();
    m_statementIds.clear();
    for (const Statement& statement : m_host->snapshot().session.catalog.allStatements())
        m_statementIds.append(statement.id);
    m_round = m_host->currentRound();
    m_revealed.clear();
    m_focusIndex = 0;
    m_joinUrl = JoinTarget { shownHost.isEmpty() ? lanAddress() : shownHost,
        quint16(m_host->port()), m_host->roomCode() }
                    .toUrl();
    setErrorText(QString());
    emit structureChanged();
    emit roundChanged();
    emit openStatementsChanged();
    emit focusChanged();
    emit revealedChanged();
    emit hostingChanged();
    readPreviousTitle();
    return true;
}

bool ModeratorSession::hostWorkshop(
    const QString& catalogId, const QString& title, bool continuePrevious)
{
    if (!start(catalogId, title, continuePrevious, QHostAddress::Any, DefaultPort))
        return false;
    m_beacon = std::make_unique<DiscoveryBeacon>();
    m_beacon->setTitle(m_host->title());
    m_beacon->setHubPort(quint16(m_host->port()));
    QString error;
    if (!m_beacon->start(&error))
        m_beacon.reset(); // tablets can still join with the link
    return true;
}

void ModeratorSession::stopHosting()
{
    if (!m_host)
        return;
    if (m_beacon)
        m_beacon->stop();
    m_beacon.reset();
    m_host->disconnect(this);
    m_host->shutdown();
    m_host.reset();
    m_database.reset();
    m_joinUrl.clear();
    emit hostingChanged();
}

void ModeratorSession::loadStoredAnswers()
{
    const QString sessionId = m_host->sessionId();
    m_aggregator.load(SessionStore(*m_database).participants(sessionId),
        RatingStore(*m_database).ratings(sessionId));
}

void ModeratorSession::onHostStateChanged()
{
    emit openStatementsChanged();
    if (m_round != m_host->currentRound()) {
        m_round = m_host->currentRound();
        m_revealed.clear();
        emit roundChanged();
        emit revealedChanged();
        scheduleRefresh();
    }
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
    return m_host ? m_host->snapshot().session.catalog : emptyCatalog;
}

const Statement* ModeratorSession::statement(const QString& statementId) const
{
    return catalog().statement(statementId);
}

QStringList ModeratorSession::statementsOf(const QString& dimensionId) const
{
    QStringList ids;
    if (const Dimension* dimension = catalog().dimension(dimensionId)) {
        for (const Statement& s : dimension->statements)
            ids.append(s.id);
    }
    return ids;
}

QVariantList ModeratorSession::dimensions() const
{
    QVariantList list;
    for (const Dimension& dimension : catalog().dimensions) {
        list.append(QVariantMap { { QStringLiteral("id"), dimension.id },
            { QStringLiteral("title"), dimension.title.text(m_language) },
            { QStringLiteral("statements"), statementsOf(dimension.id) } });
    }
    return list;
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
}

QString ModeratorSession::statementText(const QString& statementId) const
{
    const Statement* s = statement(statementId);
    return s ? s->text.text(m_language) : QString();
}

QString ModeratorSession::dimensionTitle(const QString& dimensionId) const
{
    const Dimension* d = catalog().dimension(dimensionId);
    return d ? d->title.text(m_language) : QString();
}

QString ModeratorSession::dimensionOf(const QString& statementId) const
{
    const Statement* s = statement(statementId);
    return s ? s->dimensionId : QString();
}

int ModeratorSession::points(const QString& statementId) const
{
    const Statement* s = statement(statementId);
    const Scale* scale = s ? catalog().scaleFor(*s) : nullptr;
    return scale ? scale->points : 6;
}

QStringList ModeratorSession::scaleLabels(const QString& statementId) const
{
    QStringList labels;
    const Statement* s = statement(statementId);
    if (const Scale* scale = s ? catalog().scaleFor(*s) : nullptr) {
        for (int value = 1; value <= scale->points; ++value)
            labels.append(scale->labelFor(value, m_language));
    }
    return labels;
}

QString ModeratorSession::cannotJudgeLabel(const QString& statementId) const
{
    const Statement* s = statement(statementId);
    const Scale* scale = s ? catalog().scaleFor(*s) : nullptr;
    return scale ? scale->labelFor(0, m_language)
                 : Scale::defaultCannotJudgeLabel().text(m_language);
}

QVariantMap ModeratorSession::plot(const QString& statementId, bool byGroup) const
{
    QVariantMap data = m_aggregator.plotData(statementId, round(), byGroup);
    QVariantList legend;
    if (byGroup && m_host) {
        const QVariantList ids = data.value(QStringLiteral("seriesIds")).toList();
        const QVariantList styles = data.value(QStringLiteral("seriesStyles")).toList();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QString name = tr("Other groups (too small to show alone)");
            for (const Group& group : m_host->snapshot().session.groups) {
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
    return m_aggregator.summary(statementId, round()).total;
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
    if (had == revealed || !statement(statementId))
        return;
    if (revealed)
        m_revealed.insert(statementId);
    else
        m_revealed.remove(statementId);
    emit revealedChanged();
}

void ModeratorSession::setDimensionRevealed(const QString& dimensionId, bool revealed)
{
    for (const QString& id : statementsOf(dimensionId)) {
        if (revealed)
            m_revealed.insert(id);
        else
            m_revealed.remove(id);
    }
    emit revealedChanged();
}

bool ModeratorSession::isOpen(const QString& statementId) const
{
    return m_host && m_host->openStatements().contains(statementId);
}

void ModeratorSession::setOpen(const QString& statementId, bool open)
{
    if (!m_host)
        return;
    if (open)
        m_host->openStatement(statementId);
    else
        m_host->closeStatement(statementId);
}

void ModeratorSession::setDimensionOpen(const QString& dimensionId, bool open)
{
    for (const QString& id : statementsOf(dimensionId))
        setOpen(id, open);
}

void ModeratorSession::setAllOpen(bool open)
{
    if (!m_host)
        return;
    if (open)
        m_host->openAllStatements();
    else
        m_host->closeAllStatements();
}

void ModeratorSession::nextRound()
{
    if (m_host)
        m_host->startNextRound();
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
    if (!m_host)
        return {};
    const auto stored = NotesStore(*m_database).note(m_host->sessionId(), statementId);
    return stored ? stored->text : QString();
}

bool ModeratorSession::setNote(const QString& statementId, const QString& text)
{
    if (!m_host) {
        setErrorText(tr("The note cannot be saved: no workshop is open."));
        return false;
    }
    if (note(statementId) == text)
        return true;
    QString error;
    if (!NotesStore(*m_database).setNote(m_host->sessionId(), statementId, text, &error)) {
        setErrorText(tr("The note cannot be saved: %1").arg(error));
        return false;
    }
    emit noteChanged(statementId);
    return true;
}

} // namespace dp
