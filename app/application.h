#pragma once

#include "demo.h"
#include "languagecontroller.h"
#include "moderation/moderatorsession.h"
#include "moderation/workshoplibrary.h"
#include "options.h"
#include "platform.h"
#include "session/answerservice.h"
#include "session/attendeesession.h"
#include "session/joincontroller.h"
#include "sessionexports.h"
#include "stats/seriescomparisonmodel.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "sync/syncclient.h"

#include <QObject>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QTemporaryDir>

#include <memory>

class QQuickWindow;

namespace dp {

/// The composition root: creates storage, controllers and the QML engine, and wires them.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(const Options& options, QObject* parent = nullptr);
    ~Application() override;

    /// Runs the mode chosen on the command line; the process exit code.
    int run();

private:
    void setUpStorage();
    void setUpServices();
    void setUpModerator(const QString& folder);
    bool loadMain();
    QQuickWindow* window() const;
    void updateLanguages();

    int runSelfTest();
    bool selfTestPages();
    bool selfTestFlow();
    int runScreenshot();
    bool prepareScreenshotState();
    bool isModeratorScreenshot() const;
    bool prepareModeratorScreenshot(const QString& page);
    bool prepareWorkshopsScreenshot(bool newWorkshopForm);
    bool startDemo();
    bool selfTestModerator();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_temporaryData;
    QString m_dataDir;
    QString m_unavailableReason;
    Database m_database;
    /// Every workshop the moderator prepares or hosts, apart from this device's own answers.
    Database m_moderatorDatabase;
    std::unique_ptr<SessionStore> m_sessions;
    /// The one way this device stores answers: the rating screen saves, the sync client sends.
    std::unique_ptr<AnswerService> m_answers;
    std::unique_ptr<AttendeeSession> m_attendee;
    std::unique_ptr<SyncClient> m_syncClient;
    std::unique_ptr<JoinController> m_join;
    std::unique_ptr<Platform> m_platform;
    std::unique_ptr<ModeratorSession> m_moderator;
    std::unique_ptr<WorkshopLibrary> m_workshops;
    /// Exports of the moderator's workshops; destroyed before the database (waits for a running
    /// image export).
    std::unique_ptr<SessionExports> m_exports;
    std::unique_ptr<SeriesComparisonModel> m_seriesComparison;
    std::unique_ptr<DemoSimulation> m_demo;
    LanguageController m_language;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QList<QQmlError> m_qmlWarnings;
};

} // namespace dp
