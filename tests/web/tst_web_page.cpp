#include "attendeesteps.h"
#include "browsertestcase.h"
#include "webworld.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dp::test;

// The page in a real browser: the join screen on a phone and a tablet, in German and Arabic
// (right to left), within the Content-Security-Policy, with no request leaving its origin, and
// how much it weighs.
class TestWebPage : public BrowserTestCase
{
    Q_OBJECT

    // Errors the page may log here: with no hub, the browser reports the refused WebSocket.
    static QStringList unexpectedErrors(BrowserPage& page)
    {
        QStringList errors = page.activity().consoleErrors();
        errors.removeIf([](const QString& error) {
            return error.contains(QLatin1String("WebSocket connection to"));
        });
        return errors;
    }

    // Nothing wider than the screen, every control big enough to tap and named, a live region.
    static void verifyReadable(BrowserPage& page)
    {
        QVERIFY(page.evaluate(
                        QStringLiteral("document.documentElement.scrollWidth <= window.innerWidth"))
                    ->toBool());
        const QJsonArray tooSmall
            = page.evaluate(QStringLiteral("[...document.querySelectorAll('button, select, "
                                           "input')].filter(e => e.offsetParent && "
                                           // A checkbox is tapped on its label.
                                           "((e.type === 'checkbox' && e.labels.length ? "
                                           "e.labels[0] : e).getBoundingClientRect().height < 44"
                                           " || !(e.labels && e.labels.length || "
                                           "e.textContent.trim() || e.getAttribute('aria-label'))))"
                                           ".map(e => e.outerHTML)"))
                  ->toArray();
        QVERIFY2(tooSmall.isEmpty(), qPrintable(QJsonDocument(tooSmall).toJson()));
        QVERIFY(
            page
                .evaluate(QStringLiteral(
                    "document.getElementById('announce').getAttribute('aria-live') === 'polite'"))
                ->toBool());
    }

    static void verifyOnlyOwnOrigin(BrowserPage& page, const WebWorld& world)
    {
        const QString http = world.url(QStringLiteral("/")).toString();
        const QString socket = QStringLiteral("ws://127.0.0.1:%1/ws").arg(world.url({}).port());
        const QStringList urls = page.activity().requestedUrls();
        QVERIFY(!urls.isEmpty());
        for (const QString& url : urls)
            QVERIFY2(url.startsWith(http) || url == socket, qPrintable(url));
    }

private slots:
    void joinScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("de phone") << QStringLiteral("de") << 360 << 740;
        QTest::newRow("de tablet") << QStringLiteral("de") << 1280 << 800;
        QTest::newRow("ar phone") << QStringLiteral("ar") << 360 << 740;
        QTest::newRow("ar tablet") << QStringLiteral("ar") << 1280 << 800;
        QTest::newRow("ru narrow") << QStringLiteral("ru") << 320 << 640;
    }

    void joinScreen()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        QFETCH(int, height);
        WebWorld world;
        QString error;
        QVERIFY2(world.start(nullptr, &error), qPrintable(error));
        auto page
            = openPage(*m_browser, world.url(QStringLiteral("/?room=4711")), width, height, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('joinScreen')")),
            qPrintable(page->lastError()));
        QVERIFY(chooseLanguage(*page, language));
        // No hub answers: the page says so and what to check, without a code to type.
        QVERIFY2(page->waitFor(QStringLiteral("document.querySelector('#joinStatus p + p')")),
            qPrintable(page->lastError()));
        QCOMPARE(page->evaluate(QStringLiteral("document.getElementById('roomCode') === null"))
                     ->toBool(),
            true);
        QCOMPARE(page->evaluate(QStringLiteral("document.documentElement.dir"))->toString(),
            language == QLatin1String("ar") ? QStringLiteral("rtl") : QStringLiteral("ltr"));
        verifyReadable(*page);
        if (QTest::currentTestFailed())
            return;

        QVERIFY2(saveScreenshot(*page,
                     QStringLiteral("join-%1-%2x%3.png").arg(language).arg(width).arg(height)),
            qPrintable(page->lastError()));
        QVERIFY2(page->activity().cspViolations().isEmpty(),
            qPrintable(page->activity().cspViolations().join('\n')));
        QVERIFY2(unexpectedErrors(*page).isEmpty(), qPrintable(unexpectedErrors(*page).join('\n')));
        verifyOnlyOwnOrigin(*page, world);
    }

    void linkWithoutCodeAsksForIt()
    {
        WebWorld world;
        QString error;
        QVERIFY2(world.start(nullptr, &error), qPrintable(error));
        auto page = openPage(*m_browser, world.url(QStringLiteral("/")), 360, 740, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('roomCode')")),
            qPrintable(page->lastError()));
        // Nothing is tried before a code is there.
        QVERIFY(!page->activity().requestedUrls().join(' ').contains(QLatin1String("/ws")));
        verifyReadable(*page);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page->evaluate(QStringLiteral("document.documentElement.lang"))->toString(),
            QStringLiteral("de"));
        QVERIFY(saveScreenshot(*page, QStringLiteral("join-code-de-360x740.png")));
        QVERIFY(unexpectedErrors(*page).isEmpty());
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("parents de phone")
            << QStringLiteral("elternfeedback") << QStringLiteral("de") << 390 << 844;
        QTest::newRow("parents ar phone")
            << QStringLiteral("elternfeedback") << QStringLiteral("ar") << 390 << 844;
        QTest::newRow("parents tr tablet")
            << QStringLiteral("elternfeedback") << QStringLiteral("tr") << 1280 << 800;
        QTest::newRow("framework de tablet")
            << QStringLiteral("qualitaetsrahmen") << QStringLiteral("de") << 1280 << 800;
        QTest::newRow("framework en narrow")
            << QStringLiteral("qualitaetsrahmen") << QStringLiteral("en") << 320 << 640;
    }

    void everyScreen()
    {
        // Start, a statement with its answer, the overview and the end, each readable.
        QFETCH(QString, catalog);
        QFETCH(QString, language);
        QFETCH(int, width);
        QFETCH(int, height);
        FakeHub hub(catalog);
        WebWorld world;
        QString error;
        QVERIFY2(world.start(&hub, &error), qPrintable(error));
        auto page
            = openPage(*m_browser, world.url(QStringLiteral("/?room=4711")), width, height, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('startScreen')")),
            qPrintable(page->lastError()));
        QVERIFY(chooseLanguage(*page, language));
        const QString size = QStringLiteral("%1-%2x%3.png").arg(language).arg(width).arg(height);
        const auto look = [&](const QString& screen) {
            verifyReadable(*page);
            return saveScreenshot(*page, QStringLiteral("%1-%2-%3").arg(screen, catalog, size));
        };
        QVERIFY(look(QStringLiteral("start")));
        QVERIFY2(startRating(*page, QStringLiteral("kommune-b")), qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 2), qPrintable(page->lastError()));
        QVERIFY(page->waitFor(
            QStringLiteral("document.querySelector('#saveState .dot:not(.pending)')")));
        QVERIFY(look(QStringLiteral("rating")));
        QVERIFY(page->click(QStringLiteral("#overviewButton")));
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('overviewScreen')")));
        QVERIFY(look(QStringLiteral("overview")));
        QVERIFY(page->click(QStringLiteral("#overviewFinish")));
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('finishScreen')")));
        QVERIFY(look(QStringLiteral("finish")));
        QVERIFY2(page->activity().consoleErrors().isEmpty(),
            qPrintable(page->activity().consoleErrors().join('\n')));
        QVERIFY2(hub.violations().isEmpty(), qPrintable(hub.violations().join('\n')));
    }

    void startsInTheBrowsersLanguage_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("language");
        QTest::newRow("Turkish") << QStringLiteral("tr-TR,tr;q=0.9,en;q=0.8")
                                 << QStringLiteral("tr");
        QTest::newRow("Ukrainian after French")
            << QStringLiteral("fr-FR,uk;q=0.8") << QStringLiteral("uk");
        QTest::newRow("none it speaks") << QStringLiteral("fr-FR,pl;q=0.5") << QStringLiteral("de");
    }

    void startsInTheBrowsersLanguage()
    {
        QFETCH(QString, preferred);
        QFETCH(QString, language);
        WebWorld world;
        QString error;
        QVERIFY2(world.start(nullptr, &error), qPrintable(error));
        auto page
            = openPage(*m_browser, world.url(QStringLiteral("/")), 360, 740, &error, preferred);
        QVERIFY2(page, qPrintable(error));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('joinScreen')")),
            qPrintable(page->lastError()));
        QCOMPARE(
            page->evaluate(QStringLiteral("document.documentElement.lang"))->toString(), language);
    }

    void pageWeight()
    {
        // The whole way to the first statement: page, scripts, languages, faces.
        FakeHub hub;
        WebWorld world;
        QString error;
        QVERIFY2(world.start(&hub, &error), qPrintable(error));
        auto page = world.openJoinLink(*m_browser, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('startButton')")),
            qPrintable(page->lastError()));
        QVERIFY(page->click(QStringLiteral("#startButton")));
        QVERIFY(page->waitFor(
            QStringLiteral("document.querySelectorAll('#ratingScreen img').length === 5")));
        // A personal phone in German loads German only; other languages when the switch opens.
        QTest::qWait(500);
        QCOMPARE(page->evaluate(QStringLiteral("performance.getEntriesByType('resource')"
                                               ".filter(e => e.name.includes('/i18n/')).length"))
                     ->toInt(),
            1);
        qint64 total = 0;
        const auto received = page->activity().receivedBytes();
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            total += it.value();
        qInfo().noquote() << QStringLiteral(
            "page weight to the first statement: %1 requests, %2 bytes (%3 KiB) transferred")
                                 .arg(received.size())
                                 .arg(total)
                                 .arg(total / 1024.0, 0, 'f', 1);
        QVERIFY2(total < 150 * 1024, "the client must stay under 150 KB transferred");
        QVERIFY(page->activity().cspViolations().isEmpty());
        QVERIFY2(page->activity().consoleErrors().isEmpty(),
            qPrintable(page->activity().consoleErrors().join('\n')));
        verifyOnlyOwnOrigin(*page, world);
    }

    void startUnderSlowCpu()
    {
        // A figure, not a limit: how long a slow phone takes from the link to the start screen.
        FakeHub hub;
        WebWorld world;
        QString error;
        QVERIFY2(world.start(&hub, &error), qPrintable(error));
        auto page = m_browser->newPage(&error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(page->setViewport(390, 844));
        QVERIFY(page->setCpuThrottling(4));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(page->navigate(world.url(QStringLiteral("/?room=4711"))));
        QVERIFY(page->waitFor(QStringLiteral("document.getElementById('startButton')"), 30000));
        qInfo().noquote() << QStringLiteral("link to start screen under 4x CPU throttling: %1 ms")
                                 .arg(timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestWebPage)
#include "tst_web_page.moc"
