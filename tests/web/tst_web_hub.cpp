#include "attendeesteps.h"
#include "browseranswers.h"
#include "browsertestcase.h"
#include "hubprocess.h"
#include "webworld.h"

#include <QDir>
#include <QTest>

using namespace dp::test;

namespace {

const QString SavedHere = QStringLiteral("Auf diesem Gerät gespeichert");
const QString Arrived = QStringLiteral("Bei der Moderation angekommen");

// What the page may report besides its own errors: the refused or lost WebSocket while the
// hub is away, and a reload that cut a request.
QStringList unexpectedErrors(BrowserPage& page)
{
    QStringList errors = page.activity().consoleErrors();
    errors.removeIf([](const QString& error) {
        return error.contains(QLatin1String("WebSocket connection to"))
            || error.contains(QLatin1String("ERR_CONNECTION_REFUSED"))
            || error.contains(QLatin1String("ERR_INTERNET_DISCONNECTED"));
    });
    return errors;
}

} // namespace

// The page against the real hub, `dialogpunkte-cli hub` as its own process: it serves the page
// and the protocol on one port. Whatever happens to the hub or the Wi-Fi, its export ends up
// holding exactly the answers the person gave in the browser — the newest of each, once.
class TestWebHub : public BrowserTestCase
{
    Q_OBJECT

    // Stops the hub and compares its export with what was answered in the browser.
    static QString exportDiffers(HubProcess& hub, const BrowserAnswers& given)
    {
        QString error;
        QList<dp::e2e::Row> exported;
        if (!hub.stop(&error) || !hub.exportRows(&exported, &error))
            return error;
        qInfo() << "export holds" << exported.size() << "answers, the browser gave"
                << given.rows().size() << "(changes included)";
        return dp::e2e::compareExportWithLog(exported, given.rows());
    }

private slots:
    void killedHubLosesNothing()
    {
        HubProcess hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        auto page = openPage(*m_browser, hub.joinLink(), 390, 844, &error);
        QVERIFY2(page, qPrintable(error));
        // The moderator's groups, not the catalog's roles.
        QVERIFY2(startRating(*page, QStringLiteral("parent")), qPrintable(page->lastError()));
        BrowserAnswers given;
        for (const int value : { 5, 2, 6 }) {
            QVERIFY2(given.answer(*page, value), qPrintable(page->lastError()));
            QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        }
        QVERIFY2(waitUntilAllArrived(*page), "the hub did not acknowledge the first answers");

        // The hub dies right after an answer (perhaps before it was committed), and the person
        // goes on rating: kept in the browser, shown as saved here.
        QVERIFY2(given.answer(*page, 3), qPrintable(page->lastError()));
        QVERIFY(hub.kill());
        QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        for (const int value : { 1, 4 }) {
            QVERIFY2(given.answer(*page, value), qPrintable(page->lastError()));
            QCOMPARE(saveState(*page), SavedHere);
            QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        }

        // The moderator starts the hub again on the same data and port; the person reloads.
        QVERIFY2(hub.start(&error), qPrintable(error));
        QVERIFY2(page->reload(), qPrintable(page->lastError()));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('ratingScreen')")),
            qPrintable(page->lastError()));
        // An answer given before the kill is changed; two more are given.
        QVERIFY2(openStatement(*page, 1), qPrintable(page->lastError()));
        QVERIFY2(given.answer(*page, 6), qPrintable(page->lastError()));
        QVERIFY2(openStatement(*page, 6), qPrintable(page->lastError()));
        for (const int value : { 2, 3 }) {
            QVERIFY2(given.answer(*page, value), qPrintable(page->lastError()));
            QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        }
        QVERIFY2(page->click(QStringLiteral("#overviewButton"))
                && page->waitFor(QStringLiteral("document.getElementById('overviewScreen')"))
                && page->click(QStringLiteral("#overviewFinish"))
                && page->waitFor(QStringLiteral("document.getElementById('finishScreen')")),
            qPrintable(page->lastError()));
        QVERIFY2(waitUntilAllArrived(*page), "answers stayed in the browser's outbox");
        QVERIFY2(page->waitFor(QStringLiteral(
                     "document.getElementById('finishArrived').textContent.startsWith('%1 von %1')")
                                   .arg(8)),
            qPrintable(page->lastError()));

        const QString differs = exportDiffers(hub, given);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QVERIFY2(page->activity().cspViolations().isEmpty(),
            qPrintable(page->activity().cspViolations().join('\n')));
        QVERIFY2(unexpectedErrors(*page).isEmpty(), qPrintable(unexpectedErrors(*page).join('\n')));
    }

    void lostWifiLosesNothing()
    {
        HubProcess hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        auto page = openPage(*m_browser, hub.joinLink(), 390, 844, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY2(startRating(*page, QStringLiteral("professional")), qPrintable(page->lastError()));
        BrowserAnswers given;
        QVERIFY2(given.answer(*page, 4), qPrintable(page->lastError()));
        QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        QVERIFY2(waitUntilAllArrived(*page), "the hub did not acknowledge the first answer");

        // The hub falls silent while the connection stays open (a Wi-Fi that is gone, not a
        // refused connection): only the heartbeat finds it; the page says what to do.
        QVERIFY(hub.pause());
        for (const int value : { 1, 6, 3 }) {
            QVERIFY2(given.answer(*page, value), qPrintable(page->lastError()));
            QCOMPARE(saveState(*page), SavedHere);
            QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        }
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('offlineNotice')"), 30000),
            qPrintable(page->lastError()));
        QVERIFY2(given.answer(*page, 2), qPrintable(page->lastError()));
        QVERIFY(hub.resume());
        QVERIFY2(
            waitUntilAllArrived(*page), "answers given while the hub was silent did not arrive");
        QVERIFY2(page->waitFor(QStringLiteral("!document.getElementById('offlineNotice')"), 20000),
            qPrintable(page->lastError()));
        QCOMPARE(saveState(*page), Arrived);

        // Now the phone's own Wi-Fi: the browser offline, an answer changed and one more given.
        QVERIFY(page->setOffline(true));
        QVERIFY2(openStatement(*page, 0), qPrintable(page->lastError()));
        QVERIFY2(given.answer(*page, 5), qPrintable(page->lastError()));
        QVERIFY2(openStatement(*page, 5), qPrintable(page->lastError()));
        QVERIFY2(given.answer(*page, 1), qPrintable(page->lastError()));
        QCOMPARE(saveState(*page), SavedHere);
        QVERIFY(page->setOffline(false));
        QVERIFY2(waitUntilAllArrived(*page), "answers given offline did not arrive");

        const QString differs = exportDiffers(hub, given);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QVERIFY2(unexpectedErrors(*page).isEmpty(), qPrintable(unexpectedErrors(*page).join('\n')));
    }

    void walkThrough_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("direction");
        QTest::newRow("Arabic phone")
            << QStringLiteral("ar") << 360 << 740 << QStringLiteral("rtl");
        QTest::newRow("Arabic tablet")
            << QStringLiteral("ar") << 1280 << 800 << QStringLiteral("rtl");
        QTest::newRow("German phone")
            << QStringLiteral("de") << 360 << 740 << QStringLiteral("ltr");
        QTest::newRow("German tablet")
            << QStringLiteral("de") << 1280 << 800 << QStringLiteral("ltr");
        QTest::newRow("Turkish tablet")
            << QStringLiteral("tr") << 1280 << 800 << QStringLiteral("ltr");
    }

    // Phones at 360×740 and tablets at 1280×800 in German, Arabic and Turkish through every
    // screen, offline and back: the language's
    // direction, nothing wider than the screen, and a screenshot of each to look at.
    void walkThrough()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, direction);
        const QString prefix = QStringLiteral("web-hub-%1-%2-").arg(language).arg(width);
        HubProcess hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        // Without the code in the address the page asks for it: the join screen.
        auto page = openPage(*m_browser, hub.joinLink().adjusted(QUrl::RemoveQuery), width, height,
            &error, language + QStringLiteral(",en;q=0.5"));
        QVERIFY2(page, qPrintable(error));
        qInfo().noquote() << "screenshots in" << screenshotFolder();
        const auto look = [&](const QString& screen) {
            const auto layout
                = page->evaluate(QStringLiteral("(() => { const root = document.documentElement;"
                                                " return root.dir + ' ' + root.lang + ' ' + "
                                                "root.scrollWidth + ' ' + innerWidth; })()"));
            QVERIFY2(layout, qPrintable(page->lastError()));
            const QStringList parts = layout->toString().split(QLatin1Char(' '));
            QCOMPARE(parts.value(0), direction);
            QCOMPARE(parts.value(1), language);
            QVERIFY2(parts.value(2).toInt() <= parts.value(3).toInt(),
                qPrintable(
                    screen + QStringLiteral(" is wider than the screen: ") + layout->toString()));
            QVERIFY(saveScreenshot(*page, prefix + screen + QStringLiteral(".png")));
        };

        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('roomCode')")),
            qPrintable(page->lastError()));
        look(QStringLiteral("1-join"));
        QVERIFY2(page->click(QStringLiteral("#roomCode")) && page->typeText(hub.roomCode())
                && page->click(QStringLiteral("#joinButton"))
                && page->waitFor(QStringLiteral("document.getElementById('startButton')")),
            qPrintable(page->lastError()));
        QVERIFY2(page->click(QStringLiteral("#group_parent")), qPrintable(page->lastError()));
        look(QStringLiteral("2-group"));
        QVERIFY2(page->click(QStringLiteral("#startButton"))
                && page->waitFor(QStringLiteral("document.getElementById('ratingScreen')")),
            qPrintable(page->lastError()));
        BrowserAnswers given;
        QVERIFY2(given.answer(*page, 5), qPrintable(page->lastError()));
        QVERIFY2(waitUntilAllArrived(*page), "the answer did not arrive");
        look(QStringLiteral("3-rating"));
        // The catalog has no Arabic: its statements fall back to English and read left to right
        // (the full stop at the end, not the start), its answer labels too.
        QCOMPARE(page->evaluate(QStringLiteral("[document.getElementById('statementText'),"
                                               " document.querySelector('#answer_1 .label')]"
                                               ".map(e => e.matches(':dir(ltr)')).join()"))
                     ->toString(),
            QStringLiteral("true,true"));
        // Without network: the next answer only saved here, and what to do said in Arabic.
        QVERIFY(page->setOffline(true));
        QVERIFY2(nextStatement(*page), qPrintable(page->lastError()));
        QVERIFY2(given.answer(*page, 0), qPrintable(page->lastError()));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('offlineNotice')"), 20000),
            qPrintable(page->lastError()));
        look(QStringLiteral("3-rating-offline"));
        // The answers and "saved on this device" below the statement, as the person sees them:
        // scrolled into view as the browser does it (focus, Tab), not under the sticky
        // navigation bar.
        QCOMPARE(
            page
                ->evaluate(QStringLiteral(
                    "(() => { const e = document.getElementById('saveState');"
                    " e.scrollIntoView({block: 'end'}); const r = e.getBoundingClientRect();"
                    " const hit = document.elementFromPoint(r.left + r.width / 2, r.bottom - 2);"
                    " return Boolean(hit) && (hit === e || e.contains(hit)); })()"))
                ->toBool(),
            true);
        QVERIFY(page->saveScreenshot(
            QDir(screenshotFolder()).filePath(prefix + QStringLiteral("3-rating-answers.png"))));
        QVERIFY(page->setOffline(false));
        QVERIFY2(waitUntilAllArrived(*page), "the answer given offline did not arrive");
        QVERIFY2(page->click(QStringLiteral("#overviewButton"))
                && page->waitFor(QStringLiteral("document.getElementById('overviewScreen')")),
            qPrintable(page->lastError()));
        look(QStringLiteral("4-overview"));
        QVERIFY2(page->click(QStringLiteral("#overviewFinish"))
                && page->waitFor(QStringLiteral("document.getElementById('finishScreen')")),
            qPrintable(page->lastError()));
        look(QStringLiteral("5-finish"));

        const QString differs = exportDiffers(hub, given);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QVERIFY2(unexpectedErrors(*page).isEmpty(), qPrintable(unexpectedErrors(*page).join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestWebHub)
#include "tst_web_hub.moc"
