// Measures what decides whether the moderator's screen keeps up during a workshop: counting an
// arriving answer, redrawing many dot plots, and the whole live path from tablets to the
// projector. Prints figures only; see docs/performance.md ("Live dot plots").
// Options: --aggregation, --frames, --live (default: all of them).
#include "framebenchmark.h"
#include "livebenchmark.h"
#include "timedapplication.h"

#include "stats/liveaggregator.h"

#include <QElapsedTimer>
#include <QQuickStyle>
#include <QRandomGenerator>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)

namespace {

QTextStream out(stdout);

void benchmarkAggregation()
{
    // 50 people, 60 statements, 2 rounds, and every third answer changed once.
    QList<dp::StatementInfo> statements;
    for (int i = 0; i < 60; ++i)
        statements.append({ QStringLiteral("st%1").arg(i), QStringLiteral("dim%1").arg(i / 7), 6,
            dp::Scale::Kind::Ordinal, {} });
    dp::LiveAggregator live;
    live.setSession(QStringLiteral("s"), statements);
    QList<dp::Rating> ratings;
    QRandomGenerator random(42);
    for (int round = 1; round <= 2; ++round)
        for (int person = 0; person < 50; ++person)
            for (int s = 0; s < 60; ++s) {
                dp::Rating r;
                r.sessionId = QStringLiteral("s");
                r.round = round;
                r.statementId = statements.at(s).id;
                r.pseudonym = QStringLiteral("p%1").arg(person);
                r.answer = random.bounded(7);
                ratings.append(r);
                if (random.bounded(3) == 0) {
                    r.answer = random.bounded(7);
                    ratings.append(r);
                }
            }
    QElapsedTimer timer;
    timer.start();
    for (const dp::Rating& r : std::as_const(ratings))
        live.applyRating(r);
    const double applyMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    double sink = 0;
    for (const dp::Rating& r : std::as_const(ratings))
        sink += live.summary(r.statementId, r.round).consensus; // what a live view recomputes
    const double summaryMs = timer.nsecsElapsed() / 1e6;
    out << "aggregation: " << ratings.size() << " answers, "
        << QString::number(applyMs * 1000.0 / ratings.size(), 'f', 2) << " us per answer, "
        << QString::number(summaryMs * 1000.0 / ratings.size(), 'f', 2)
        << " us per summary (target < 100 us)" << (sink < 0 ? " " : "") << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    dp::bench::TimedApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    const QStringList args = app.arguments();
    const bool all = !args.contains(QStringLiteral("--frames"))
        && !args.contains(QStringLiteral("--live"))
        && !args.contains(QStringLiteral("--aggregation"));
    if (all || args.contains(QStringLiteral("--aggregation")))
        benchmarkAggregation();
    if (all || args.contains(QStringLiteral("--frames"))) {
        using dp::bench::FrameScenario;
        dp::bench::runFrameScenario(FrameScenario {
            QStringLiteral("realistic: 500 devices voting, dashboard with drop-in animation") });
        FrameScenario still { QStringLiteral("realistic, animation off") };
        still.animated = false;
        dp::bench::runFrameScenario(still);
        FrameScenario worst { QStringLiteral("worst case (reference): every dot changes") };
        worst.animated = false;
        worst.reshuffleAll = true;
        dp::bench::runFrameScenario(worst);
    }
    if (all || args.contains(QStringLiteral("--live")))
        dp::bench::runLiveBenchmark({});
    return 0;
}
