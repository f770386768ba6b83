#include "attendeesteps.h"
#include "browsertestcase.h"
#include "webworld.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace dp::test;

// The page against a fake hub that speaks protocol version 2: joining by the link, groups,
// answers that survive a lost Wi-Fi, heartbeats, the hub's errors, rounds, closed statements,
// the end of the workshop, shared devices and a restore from the devices.
class TestWebSync : public BrowserTestCase
{
    Q_OBJECT

    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<WebWorld> m_world;
    std::unique_ptr<BrowserPage> m_page;

    // A phone on the link the moderator's QR code shows.
    BrowserPage* open(const QString& pathAndQuery = QStringLiteral("/?room=4711"))
    {
        QString error;
        m_page = openPage(*m_browser, m_world->url(pathAndQuery), 390, 844, &error);
        if (!m_page)
            qWarning().noquote() << error;
        return m_page.get();
    }

    // Whether the hub holds exactly these values (statement → answer) for round 1.
    bool hubHolds(const QHash<QString, int>& expected)
    {
        const auto held = m_hub->answers();
        if (held.size() != expected.size())
            return false;
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            const QString statement = it.key().section(QLatin1Char('|'), 1, 1);
            if (!it.key().startsWith(QLatin1String("1|"))
                || expected.value(statement, -1) != it.value().answer)
                return false;
        }
        return true;
    }

    QString statementOnScreen() const
    {
        return m_hub->statementIds().value(
            m_page->evaluate(QStringLiteral("DP.app.flow.rating.index"))->toInt());
    }

    QString saveState() const
    {
        return m_page->evaluate(QStringLiteral("document.getElementById('saveState').textContent"))
            ->toString();
    }

private slots:
    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        m_world = std::make_unique<WebWorld>();
        QString error;
        QVERIFY2(m_world->start(m_hub.get(), &error), qPrintable(error));
    }

    void cleanup()
    {
        if (m_hub)
            QVERIFY2(m_hub->violations().isEmpty(), qPrintable(m_hub->violations().join('\n')));
        if (m_page) {
            QVERIFY2(m_page->activity().cspViolations().isEmpty(),
                qPrintable(m_page->activity().cspViolations().join('\n')));
            // With the hub away, the browser reports the refused WebSocket; nothing else.
            QStringList errors = m_page->activity().consoleErrors();
            errors.removeIf([](const QString& error) {
                return error.contains(QLatin1String("WebSocket connection to"))
                    || error.contains(QLatin1String("ERR_INTERNET_DISCONNECTED"));
            });
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
            QVERIFY(m_page
                        ->evaluate(QStringLiteral(
                            "!(DP.app.flow.problem && DP.app.flow.problem.code === 'storage')"))
                        ->toBool());
        }
        m_page.reset();
        m_world.reset();
        m_hub.reset();
    }

    void joinRateGoOfflineAndComeBack()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page, QStringLiteral("kommune-a")), qPrintable(page->lastError()));
        QHash<QString, int> given;
        for (int value : { 4, 2, 0 }) {
            QVERIFY2(answer(*page, value), qPrintable(page->lastError()));
            given.insert(statementOnScreen(), value);
            QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        }
        QVERIFY(QTest::qWaitFor([&] { return hubHolds(given); }, 10000));
        QCOMPARE(m_hub->participants().values(), QStringList { QStringLiteral("kommune-a") });

        // The Wi-Fi is gone: the browser is offline and the hub lost its connection.
        QVERIFY(page->setOffline(true));
        m_hub->setReachable(false);
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('offlineNotice')"), 15000),
            qPrintable(page->lastError()));
        QVERIFY(saveScreenshot(*page, QStringLiteral("rating-offline-de-390x844.png")));
        QHash<QString, int> offline = given;
        for (int value : { 5, 1 }) {
            QVERIFY2(answer(*page, value), qPrintable(page->lastError()));
            QCOMPARE(saveState(), QStringLiteral("Auf diesem Gerät gespeichert"));
            offline.insert(statementOnScreen(), value);
            QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        }
        // A changed mind about the first statement, still offline.
        QVERIFY2(openStatement(*page, 0), qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 3), qPrintable(page->lastError()));
        offline.insert(statementOnScreen(), 3);
        QCOMPARE(page->evaluate(outboxCountScript())->toInt(), 3);
        QVERIFY(hubHolds(given));

        m_hub->setReachable(true);
        QVERIFY(page->setOffline(false));
        QVERIFY2(QTest::qWaitFor([&] { return hubHolds(offline); }, 20000),
            "the hub lacks answers given offline");
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('saveState').textContent"
                                              " === 'Bei der Moderation angekommen'")),
            qPrintable(page->lastError()));
        QCOMPARE(page->evaluate(outboxCountScript())->toInt(), 0);
        QVERIFY(saveScreenshot(*page, QStringLiteral("rating-arrived-de-390x844.png")));
        // One device, its sequences from 1, each used for one answer only.
        const auto sequences = m_hub->sequencesByDevice();
        QCOMPARE(sequences.size(), 1);
        const QList<qint64> sent = sequences.constBegin().value();
        QCOMPARE(*std::min_element(sent.cbegin(), sent.cend()), 1);
        QCOMPARE(QSet<qint64>(sent.cbegin(), sent.cend()).size(), 6);
    }

    void nextWorkshopIsJoinedAsSomeoneNew()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page, QStringLiteral("kommune-a")), qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 5), qPrintable(page->lastError()));
        QVERIFY(QTest::qWaitFor([&] { return m_hub->answers().size() == 1; }, 10000));
        const QString firstDevice = m_hub->sequencesByDevice().keys().constFirst();
        const QString firstPerson
            = page->evaluate(QStringLiteral("DP.app.flow.rating.person.pseudonym"))->toString();

        // Weeks later, the same laptop hosts the next workshop: another session, another code.
        FakeHub next;
        next.setRoomCode(QStringLiteral("8152"));
        m_world->server().setWebSocketHandler([&next](QTcpSocket* socket) { next.adopt(socket); });
        next.setReachable(false);
        QVERIFY(page->navigate(m_world->url(QStringLiteral("/?room=8152"))));
        // Until the hub answers, the page waits; it does not show the earlier workshop.
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('joinStatus')")),
            qPrintable(page->lastError()));
        next.setReachable(true);
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('startScreen')")),
            qPrintable(page->lastError()));
        QCOMPARE(
            page->evaluate(QStringLiteral("DP.app.flow.record.id"))->toString(), next.sessionId());
        QVERIFY2(startRating(*page, QStringLiteral("eltern")), qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 2), qPrintable(page->lastError()));
        QVERIFY(QTest::qWaitFor([&] { return next.answers().size() == 1; }, 10000));
        // Nothing of the first workshop travels: a new device id, sequences from 1, a new
        // pseudonym; the first workshop's answers stay in the browser.
        const auto sequences = next.sequencesByDevice();
        QCOMPARE(sequences.size(), 1);
        QVERIFY(sequences.constBegin().key() != firstDevice);
        QCOMPARE(sequences.constBegin().value(), QList<qint64> { 1 });
        QVERIFY(!next.participants().contains(firstPerson));
        QCOMPARE(page
                     ->evaluate(QStringLiteral(
                         "new Promise(r => { const o = indexedDB.open('dialogpunkte');"
                         " o.onsuccess = () => { const c = o.result.transaction('answers')"
                         ".objectStore('answers').count(); c.onsuccess = () => r(c.result); }; })"))
                     ->toInt(),
            2);
        QVERIFY2(next.violations().isEmpty(), qPrintable(next.violations().join('\n')));
        m_world->server().setWebSocketHandler({});
        m_page.reset();
    }

    void silentHubIsFoundByTheHeartbeat()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page), qPrintable(page->lastError()));
        QVERIFY(page->waitFor(QStringLiteral("DP.app.flow.connection === 'online'")));
        m_hub->setSilent(true);
        // Three missed beats of 1 s, then the page says it is offline.
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('offlineNotice')"), 8000),
            qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 2), qPrintable(page->lastError()));
        m_hub->setSilent(false);
        QVERIFY(QTest::qWaitFor([&] { return m_hub->answers().size() == 1; }, 20000));
        QVERIFY(page->waitFor(QStringLiteral("DP.app.flow.connection === 'online'"), 10000));
    }

    void wrongRoomCodeAsksForTheCode()
    {
        BrowserPage* page = open(QStringLiteral("/?room=9999"));
        QVERIFY(page);
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('codeError')")),
            qPrintable(page->lastError()));
        QVERIFY(saveScreenshot(*page, QStringLiteral("join-wrong-code-de-390x844.png")));
        // With the keyboard only: the field, the code, Enter.
        QVERIFY(page->click(QStringLiteral("#roomCode")));
        QVERIFY(page->typeText(FakeHub::RoomCode));
        QVERIFY(page->pressKey(QStringLiteral("Enter")));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('startScreen')")),
            qPrintable(page->lastError()));
        QCOMPARE(m_hub->hellos().size(), 2);
        QCOMPARE(m_hub->hellos().constLast().value(QLatin1String("roomCode")).toString(),
            FakeHub::RoomCode);
    }

    void throttledDeviceRetriesByItself()
    {
        m_hub->throttleHellos(1, 1500);
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(page->waitFor(QStringLiteral(
                     "DP.app.flow.problem && DP.app.flow.problem.code === 'throttled'")),
            qPrintable(page->lastError()));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('startScreen')"), 10000),
            qPrintable(page->lastError()));
        QCOMPARE(m_hub->hellos().size(), 2);
        // It waited as long as the hub asked, not its own shorter backoff.
        QVERIFY(m_hub->helloTimes().at(1) - m_hub->helloTimes().at(0) >= 1500);
        QVERIFY(page->evaluate(QStringLiteral("DP.app.flow.problem === null"))->toBool());
    }

    void unknownGroupIsChosenAgain()
    {
        m_hub->refuseGroup(QStringLiteral("kommune-b"));
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('startButton')")));
        QVERIFY(page->click(QStringLiteral("#group_kommune-b")));
        QVERIFY(page->waitFor(QStringLiteral("DP.app.flow.chosenGroup === 'kommune-b'")));
        QVERIFY(page->click(QStringLiteral("#startButton")));
        // The hub does not know the group: the person is asked again, nothing stored as "none".
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('groupError')")),
            qPrintable(page->lastError()));
        QVERIFY(saveScreenshot(*page, QStringLiteral("start-group-refused-de-390x844.png")));
        QVERIFY(m_hub->participants().isEmpty());
        QVERIFY2(startRating(*page, QStringLiteral("kommune-a")), qPrintable(page->lastError()));
        QVERIFY(QTest::qWaitFor([&] { return m_hub->participants().size() == 1; }, 5000));
        QCOMPARE(m_hub->participants().values(), QStringList { QStringLiteral("kommune-a") });
        QCOMPARE(m_hub->participants().keys().constFirst(),
            page->evaluate(QStringLiteral("DP.app.flow.rating.person.pseudonym"))->toString());
    }

    void endedWorkshopSaysSo()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page), qPrintable(page->lastError()));
        m_hub->setPhase(QStringLiteral("finished"));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('endedScreen')")),
            qPrintable(page->lastError()));
        QVERIFY(
            page->evaluate(QStringLiteral("document.querySelector('.option') === null"))->toBool());
        QVERIFY(saveScreenshot(*page, QStringLiteral("ended-de-390x844.png")));
    }

    void newRoundAsksAgain()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page), qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 5), qPrintable(page->lastError()));
        QVERIFY(QTest::qWaitFor([&] { return m_hub->answers().size() == 1; }, 10000));
        m_hub->setRound(2);
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('roundNotice')")),
            qPrintable(page->lastError()));
        QCOMPARE(page->evaluate(QStringLiteral(
                                    "document.querySelector('[aria-pressed=\"true\"]') === null"))
                     ->toBool(),
            true);
        QVERIFY2(answer(*page, 1), qPrintable(page->lastError()));
        QVERIFY(QTest::qWaitFor([&] { return m_hub->answers().size() == 2; }, 10000));
        QVERIFY(m_hub->answers().contains(QStringLiteral("2|%1|%2").arg(
            m_hub->statementIds().constFirst(),
            page->evaluate(QStringLiteral("DP.app.flow.rating.person.pseudonym"))->toString())));
    }

    void closedStatementCannotBeAnswered()
    {
        m_hub->setOpenStatements({ m_hub->statementIds().constFirst() });
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page), qPrintable(page->lastError()));
        QVERIFY(
            page->evaluate(QStringLiteral("document.getElementById('statementClosed') === null"))
                ->toBool());
        QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('statementClosed')")));
        QVERIFY(!page->click(QStringLiteral("#answer_3")));
        QVERIFY(page->lastError().contains(QLatin1String("disabled")));
    }

    void sharedDeviceStartsEveryPersonAfresh()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('sharedDevice')")));
        QVERIFY(page->click(QStringLiteral("#sharedDevice")));
        QVERIFY(page->waitFor(QStringLiteral("DP.app.flow.settings.shared === true")));
        QVERIFY2(startRating(*page, QStringLiteral("eltern")), qPrintable(page->lastError()));
        const QString first
            = page->evaluate(QStringLiteral("DP.app.flow.rating.person.pseudonym"))->toString();
        // A shared tablet has every language, also when the Wi-Fi is gone.
        QVERIFY(
            page->waitFor(QStringLiteral("performance.getEntriesByType('resource')"
                                         ".filter(e => e.name.includes('/i18n/')).length === 6")));
        QVERIFY(page->setOffline(true));
        m_hub->setReachable(false);
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('offlineNotice')"), 15000));
        QVERIFY(chooseLanguage(*page, QStringLiteral("tr")));
        QVERIFY2(answer(*page, 4), qPrintable(page->lastError()));
        QVERIFY(page->click(QStringLiteral("#overviewButton")));
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('overviewFinish')")));
        QVERIFY(page->click(QStringLiteral("#overviewFinish")));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('thankYouScreen')")),
            qPrintable(page->lastError()));
        QVERIFY(saveScreenshot(*page, QStringLiteral("thankyou-tr-390x844.png")));
        m_hub->setReachable(true);
        QVERIFY(page->setOffline(false));
        QVERIFY(page->click(QStringLiteral("#nextPersonButton")));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('ratingScreen')")),
            qPrintable(page->lastError()));
        // A new pseudonym in the same group, German again, nothing of the answer before.
        const QString second
            = page->evaluate(QStringLiteral("DP.app.flow.rating.person.pseudonym"))->toString();
        QVERIFY(second != first);
        QCOMPARE(page->evaluate(QStringLiteral("document.documentElement.lang"))->toString(),
            QStringLiteral("de"));
        QVERIFY(page->evaluate(QStringLiteral(
                                   "document.querySelector('[aria-pressed=\"true\"]') === null"))
                    ->toBool());
        QVERIFY(QTest::qWaitFor([&] { return m_hub->participants().size() == 2; }, 20000));
        QCOMPARE(m_hub->participants().value(second), QStringLiteral("eltern"));
        QVERIFY(QTest::qWaitFor([&] { return m_hub->answers().size() == 1; }, 20000));
    }

    void keyboardAndScreenReader()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page), qPrintable(page->lastError()));
        QVERIFY(nextStatement(*page));
        // A new statement puts the focus on its text; the answers follow with Tab.
        QCOMPARE(page->evaluate(QStringLiteral("document.activeElement.id"))->toString(),
            QStringLiteral("statementText"));
        QVERIFY(page->pressKey(QStringLiteral("Tab")));
        QCOMPARE(page->evaluate(QStringLiteral("document.activeElement.id"))->toString(),
            QStringLiteral("answer_1"));
        QVERIFY(page->pressKey(QStringLiteral("Enter")));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('announce').textContent"
                                              " === 'Auf diesem Gerät gespeichert'")),
            qPrintable(page->lastError()));
        QCOMPARE(page->evaluate(QStringLiteral("document.activeElement.id"))->toString(),
            QStringLiteral("answer_1"));
        // Faces are named by their label for screen readers, not by a file name.
        QCOMPARE(
            page->evaluate(QStringLiteral(
                               "document.getElementById('answer_5').getAttribute('aria-label')"))
                ->toString(),
            QStringLiteral("ja, genau"));
    }

    void restoreOffersTheSessionThisDeviceHolds()
    {
        BrowserPage* page = open();
        QVERIFY(page);
        QVERIFY2(startRating(*page), qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 3), qPrintable(page->lastError()));
        QVERIFY(nextStatement(*page));
        QVERIFY2(answer(*page, 4), qPrintable(page->lastError()));
        QVERIFY(QTest::qWaitFor([&] { return m_hub->answers().size() == 2; }, 10000));
        const QString sessionId = m_hub->sessionId();
        const QString deviceId = m_hub->sequencesByDevice().keys().constFirst();

        // The hub lost its data; the moderator restores from the devices.
        m_hub->setReachable(false);
        auto restoring = std::make_unique<FakeHub>();
        restoring->setRestoreMode(true);
        FakeHub* hub = restoring.get();
        m_world->server().setWebSocketHandler([hub](QTcpSocket* socket) { hub->adopt(socket); });
        QVERIFY2(QTest::qWaitFor([&] { return hub->offers().size() == 1; }, 20000),
            "no offer from the page");
        const QJsonObject offer = hub->offers().constFirst();
        QCOMPARE(
            offer.value(QLatin1String("session")).toObject().value(QLatin1String("id")).toString(),
            sessionId);
        QCOMPARE(
            offer.value(QLatin1String("seal")).toString(), QStringLiteral("seal-of-") + sessionId);
        QCOMPARE(offer.value(QLatin1String("answers")).toInt(), 2);
        hub->adoptOffer();
        QVERIFY2(QTest::qWaitFor([&] { return hub->answers().size() == 2; }, 20000),
            "answers not sent again");
        QCOMPARE(hub->sequencesByDevice().keys(), QStringList { deviceId });
        QVERIFY2(hub->violations().isEmpty(), qPrintable(hub->violations().join('\n')));
        m_world->server().setWebSocketHandler({});
        m_page.reset();
    }
};

QTEST_GUILESS_MAIN(TestWebSync)
#include "tst_web_sync.moc"
