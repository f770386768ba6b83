#pragma once

#include <QString>

namespace dp::bench {

/// One way answers reach the 60 plots of a projector-sized dashboard.
struct FrameScenario
{
    QString name;
    bool animated = true; ///< new dots drop in, as on the moderator's dashboard
    int answersPerTick = 27; ///< 500 devices ≈ 800 answers/s ≈ 27 per 33 ms refresh tick
    int changePercent = 15; ///< share of answers that move a dot instead of adding one
    bool reshuffleAll = false; ///< worst case: every dot of every plot changes every tick
    int seconds = 5;
};

/// Shows 60 DotPlots with 500 dots each in a 1920×1080 QQuickWindow and feeds them answers on
/// the moderator's 33 ms refresh tick the way the dashboard does: every plot is handed its
/// counts again (a QVariantList, as from QML), only some of them changed. Prints the time the
/// GUI thread spends handing over the counts per tick and the time of each frame from
/// QQuickWindow::beforeFrameBegin to frameSwapped (sync + render + swap).
void runFrameScenario(const FrameScenario& scenario);

} // namespace dp::bench
