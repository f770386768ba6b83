#include "application.h"

#include "catalog/builtincatalogs.h"
#include "qmlservices.h"
#include "storage/datalocation.h"

#include <QDebug>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQuickWindow>

namespace dp {

Application::Application(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_platform(createPlatform())
{
    setUpStorage();
    setUpServices();
}

Application::~Application()
{
    // QML must go before the objects its singletons point to.
    if (m_engine)
        QmlServices::withdraw(m_engine.get());
    m_engine.reset();
    m_join.reset();
    m_syncClient.reset();
    m_demo.reset(); // stops the simulated tablets before their hub goes away
    m_moderator.reset();
    m_workshops.reset();
    m_seriesComparison.reset();
    m_exports.reset();
}

void Application::setUpStorage()
{
    QString dataDir = m_options.dataDir;
    // Self-test and screenshots must never touch a real workshop's data.
    if (dataDir.isEmpty()
        && (m_options.selfTest || !m_options.screenshotFile.isEmpty() || m_options.demo)) {
        m_temporaryData = std::make_unique<QTemporaryDir>();
        dataDir = m_temporaryData->path();
    }
    QString error;
    m_dataDir = resolveDataDirectory(dataDir, &error);
    if (m_dataDir.isEmpty()) {
        m_unavailableReason = tr("The data folder cannot be used: %1").arg(error);
    } else if (!m_database.open(databasePath(m_dataDir), &error)) {
        m_unavailableReason
            = tr("The local database cannot be opened, so nothing can be saved. Nothing in it "
                 "was changed. Reason: %1")
                  .arg(error);
    }
    m_sessions = std::make_unique<SessionStore>(m_database);
    m_answers = std::make_unique<AnswerService>(m_database);
}

void Application::setUpServices()
{
    if (m_dataDir.isEmpty() && !m_temporaryData) {
        // Without a data folder the state file still needs a home for this run.
        m_temporaryData = std::make_unique<QTemporaryDir>();
    }
    const QString folder = m_dataDir.isEmpty() ? m_temporaryData->path() : m_dataDir;
    m_attendee = std::make_unique<AttendeeSession>(*m_sessions, *m_answers,
        folder + QStringLiteral("/attendee.ini"), folder + QStringLiteral("/catalogs"),
        m_unavailableReason);
    // Joining a moderator's workshop: the client sends what the rating screen saved through the
    // same AnswerService.
    m_syncClient = std::make_unique<SyncClient>(m_database, *m_answers);
    m_join = std::make_unique<JoinController>(
        *m_attendee, *m_syncClient, folder + QStringLiteral("/join.ini"));
    if (!m_options.joinLink.isEmpty())
        m_join->offerLink(m_options.joinLink);
    setUpModerator(moderatorDirectory(folder));

    connect(&m_language, &LanguageController::languageChanged, this,
        [this] { m_attendee->setLanguage(m_language.language()); });
    // A shared tablet sets the language back for the next person.
    connect(m_attendee.get(), &AttendeeSession::languageChanged, this,
        [this] { m_language.setLanguage(m_attendee->language()); });
    connect(
        m_attendee.get(), &AttendeeSession::sessionChanged, this, &Application::updateLanguages);
    connect(m_attendee.get(), &AttendeeSession::phaseChanged, this, [this] {
        m_platform->setKeepScreenOn(m_attendee->phase() == AttendeeSession::Phase::Rating);
    });
    updateLanguages();
    m_language.setLanguage(m_options.locale.isEmpty()
            ? LanguageController::initialLanguage(QLocale::system().name())
            : m_options.locale);
}

void Application::setUpModerator(const QString& folder)
{
    // One database for all of the moderator's workshops, which the command-line tool finds
    // with `export --data-dir <the app's data folder>` (workshopDatabasePath).
    QString error;
    if (!QDir().mkpath(folder) || !m_moderatorDatabase.open(databasePath(folder), &error))
        qWarning("Dialogpunkte: the moderator's database cannot be opened: %s", qPrintable(error));
    m_moderator = std::make_unique<ModeratorSession>(m_moderatorDatabase);
    m_workshops = std::make_unique<WorkshopLibrary>(m_moderatorDatabase);
    m_exports = std::make_unique<SessionExports>(m_moderatorDatabase);
    m_seriesComparison = std::make_unique<SeriesComparisonModel>(m_moderatorDatabase);
    connect(&m_language, &LanguageController::languageChanged, m_moderator.get(), [this] {
        m_moderator->setLanguage(m_language.language());
        m_workshops->setLanguage(m_language.language());
        m_seriesComparison->setLanguage(m_language.language());
    });
    connect(m_moderator.get(), &ModeratorSession::hostingChanged, m_workshops.get(),
        [this] { m_workshops->setHostedSessionId(m_moderator->hostedSessionId()); });
    // The retention period is applied at every start, before anything is hosted; the
    // workshops page says how many old workshops went.
    m_workshops->applyRetention();
}

void Application::updateLanguages()
{
    // Offer the languages the catalogs are written in, e.g. Turkish for the parents' feedback.
    QStringList languages;
    if (m_attendee->flow()->isActive()) {
        languages = m_attendee->flow()->session().catalog.languages;
    } else {
        for (const BuiltinCatalogInfo& info : builtinCatalogs())
            languages += info.languages;
        languages.removeDuplicates();
    }
    m_language.setExtraLanguages(languages);
}

bool Application::loadMain()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QmlServices::provide(m_engine.get(),
        { m_attendee.get(), &m_language, m_moderator.get(), m_join.get(), m_workshops.get(),
            m_exports.get(), m_seriesComparison.get() });
    m_language.attachEngine(m_engine.get());
    connect(m_engine.get(), &QQmlEngine::warnings, this,
        [this](const QList<QQmlError>& warnings) { m_qmlWarnings += warnings; });
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/Main.qml")));
    if (!window()) {
        qCritical("Dialogpunkte: the user interface could not be loaded");
        return false;
    }
    return true;
}

QQuickWindow* Application::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
}

int Application::run()
{
    if (m_options.selfTest)
        return runSelfTest();
    if (!m_options.screenshotFile.isEmpty())
        return runScreenshot();
    if (m_options.demo && !startDemo())
        return 1;
    if (!loadMain())
        return 1;
    return QGuiApplication::exec();
}

} // namespace dp
