#include "attendeesteps.h"
#include "browsertestcase.h"
#include "webworld.h"

#include <QTest>

using namespace dp::test;

// An answer given while the hub cannot be reached is kept in the browser's IndexedDB outbox:
// it is shown as saved (not as arrived), survives a reload of the page, and arrives when the
// hub is back.
class TestWebOutbox : public BrowserTestCase
{
    Q_OBJECT

private slots:
    void answerSurvivesReload()
    {
        FakeHub hub;
        WebWorld world;
        QString error;
        QVERIFY2(world.start(&hub, &error), qPrintable(error));
        auto page = world.openJoinLink(*m_browser, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY2(startRating(*page, QStringLiteral("eltern")), qPrintable(page->lastError()));

        hub.setReachable(false);
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('offlineNotice')"), 15000),
            qPrintable(page->lastError()));
        QVERIFY2(answer(*page, 4), qPrintable(page->lastError()));
        QCOMPARE(page->evaluate(QStringLiteral("document.getElementById('saveState').textContent"))
                     ->toString(),
            QStringLiteral("Auf diesem Gerät gespeichert"));
        QCOMPARE(page->evaluate(outboxCountScript())->toInt(), 1);

        QVERIFY2(page->reload(), qPrintable(page->lastError()));
        // The same person, on to the next open statement; the answer still there and waiting.
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('ratingScreen')")),
            qPrintable(page->lastError()));
        QCOMPARE(page->evaluate(QStringLiteral("DP.app.flow.rating.index"))->toInt(), 1);
        QVERIFY2(page->click(QStringLiteral("#backButton")), qPrintable(page->lastError()));
        QVERIFY(page->waitFor(QStringLiteral("DP.app.flow.rating.index === 0")));
        QCOMPARE(page->evaluate(QStringLiteral("document.getElementById('saveState').textContent"))
                     ->toString(),
            QStringLiteral("Auf diesem Gerät gespeichert"));
        QCOMPARE(
            page->evaluate(QStringLiteral(
                               "document.getElementById('answer_4').getAttribute('aria-pressed')"))
                ->toString(),
            QStringLiteral("true"));
        QCOMPARE(page->evaluate(outboxCountScript())->toInt(), 1);
        QVERIFY(hub.answers().isEmpty());

        hub.setReachable(true);
        QVERIFY(QTest::qWaitFor([&] { return hub.answers().size() == 1; }, 20000));
        QCOMPARE(hub.answers().constBegin().value().answer, 4);
        QVERIFY2(page->waitFor(QStringLiteral("document.getElementById('saveState').textContent"
                                              " === 'Bei der Moderation angekommen'")),
            qPrintable(page->lastError()));
        QCOMPARE(page->evaluate(outboxCountScript())->toInt(), 0);
        QVERIFY2(hub.violations().isEmpty(), qPrintable(hub.violations().join('\n')));
        QStringList errors = page->activity().consoleErrors();
        errors.removeIf([](const QString& error) {
            return error.contains(QLatin1String("WebSocket connection to"));
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestWebOutbox)
#include "tst_web_outbox.moc"
