// The live path end to end: tablets (protocol-level devices on loopback) send answers to a real
// hub, and the moderator's plots follow by themselves; the GUI thread keeps running meanwhile.
// The 100 ms figure is the benchmark's job (dp_plot_benchmark --live); here the timeouts are
// generous so a busy machine does not make the test flaky.
#include "livehub.h"
#include "loadgenerator.h"
#include "qmlservices.h"

#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)

using namespace dp;

namespace {

// Every statement's plot, as on the dashboard.
const QByteArray Dashboard = R"(
import QtQuick
import Dialogpunkte.Moderator
Grid {
    property string only
    width: 1280; height: 800; columns: 8
    Repeater {
        model: only ? [only] : Moderator.statementIds
        StatementPlot { width: 160; height: 160; statementId: modelData; showTitle: false }
    }
}
)";

QList<bench::StatementPick> picksOf(const Catalog& catalog)
{
    QList<bench::StatementPick> picks;
    for (const Statement& statement : catalog.allStatements()) {
        const Scale* scale = catalog.scaleFor(statement);
        picks.append({ statement.id, scale->points, scale->allowCannotJudge });
    }
    return picks;
}

/// The moderator's plots in a window of their own.
struct Views
{
    QQmlEngine engine;
    QQuickWindow window;
    std::unique_ptr<QObject> root;

    bool load(ModeratorSession& moderator, const QString& only = {})
    {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QmlServices::provide(&engine, { nullptr, nullptr, &moderator });
        QQmlComponent component(&engine);
        component.setData(Dashboard, QUrl(QStringLiteral("qrc:/test/Dashboard.qml")));
        root.reset(component.createWithInitialProperties({ { QStringLiteral("only"), only } }));
        if (!root) {
            qWarning() << component.errorString();
            return false;
        }
        qobject_cast<QQuickItem*>(root.get())->setParentItem(window.contentItem());
        window.resize(1280, 800);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
    ~Views()
    {
        root.reset();
        QmlServices::withdraw(&engine);
    }

    /// The plots in the visual tree (a Repeater's items are not QObject children of the root).
    QList<QQuickItem*> plots() const
    {
        QList<QQuickItem*> found;
        QList<QQuickItem*> pending { window.contentItem() };
        while (!pending.isEmpty()) {
            QQuickItem* item = pending.takeLast();
            if (item->objectName() == QLatin1String("statementDotPlot"))
                found.append(item);
            pending.append(item->childItems());
        }
        return found;
    }
    int dotTotal() const
    {
        int total = 0;
        for (QQuickItem* plot : plots())
            total += plot->property("dotCount").toInt();
        return total;
    }
};

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void answerFromTabletReachesThePlot()
    {
        test::LiveHub hub;
        QVERIFY2(hub.start(), qPrintable(hub.error));
        ModeratorSession& moderator = *hub.moderator;
        SessionHost* host = moderator.host();
        const QString statementId = moderator.statementIds().at(3);
        Views views;
        QVERIFY(views.load(moderator, statementId));
        QCOMPARE(views.plots().size(), 1);
        QCOMPARE(views.dotTotal(), 0);
        const int revisionBefore = moderator.revision();

        // One tablet, one answer to that statement; nothing else happens in the test.
        bench::LoadPlan plan;
        for (const bench::StatementPick& pick : picksOf(host->snapshot().session.catalog)) {
            if (pick.id == statementId)
                plan.statements.append(pick);
        }
        plan.answers = 1;
        plan.changePercent = 0;
        plan.paceMs = 5;
        bench::LoadFleet tablet(
            { QStringLiteral("127.0.0.1"), quint16(host->port()), host->roomCode() },
            QStringLiteral("tablet"), 1, 1, plan);
        tablet.connectAll();
        QTRY_COMPARE(tablet.joined(), 1);
        tablet.startLive();

        QTRY_COMPARE(tablet.acknowledged(), 1);
        QTRY_COMPARE(moderator.answerCount(statementId), 1);
        QTRY_VERIFY(moderator.revision() > revisionBefore);
        QTRY_COMPARE(views.dotTotal(), 1);
        QCOMPARE(tablet.rejected(), 0);
        tablet.disconnectAll();
    }

    void guiThreadKeepsRunningWhileAnswersArrive()
    {
        test::LiveHub hub;
        QVERIFY2(hub.start(), qPrintable(hub.error));
        ModeratorSession& moderator = *hub.moderator;
        SessionHost* host = moderator.host();
        Views views;
        QVERIFY(views.load(moderator));
        QCOMPARE(views.plots().size(), moderator.statementIds().size());

        // 50 tablets with 10 different answers each: 500 answers within about a second.
        bench::LoadPlan plan;
        plan.statements = picksOf(host->snapshot().session.catalog);
        plan.answers = 10;
        plan.changePercent = 0;
        plan.paceMs = 50;
        bench::LoadFleet tablets(
            { QStringLiteral("127.0.0.1"), quint16(host->port()), host->roomCode() },
            QStringLiteral("tablet"), 50, 2, plan);
        tablets.connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(tablets.joined(), 50, 20000);

        QElapsedTimer clock;
        qint64 last = -1;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                longestGap = std::max(longestGap, now - last);
            last = now;
        });
        clock.start();
        heartbeat.start();
        tablets.startLive();
        QTRY_COMPARE_WITH_TIMEOUT(moderator.answersThisRound(), 500, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(views.dotTotal(), 500, 5000);
        heartbeat.stop();
        QCOMPARE(tablets.acknowledged(), 500);
        QCOMPARE(tablets.rejected(), 0);
        qInfo("500 answers in %lld ms; longest gap between two 10 ms GUI timer ticks: %lld ms",
            clock.elapsed(), longestGap);
        // Generous: a loaded test machine stalls now and then; a GUI thread that waits for the
        // network or the database would stall for seconds.
        QVERIFY2(
            longestGap < 1500, qPrintable(QStringLiteral("GUI stalled %1 ms").arg(longestGap)));
        tablets.disconnectAll();
    }
};

QTEST_MAIN(TestLiveUpdates)

#include "tst_live_updates.moc"
