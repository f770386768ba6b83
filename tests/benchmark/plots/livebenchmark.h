#pragma once

namespace dp::bench {

/// How many tablets vote and how fast.
struct LiveOptions
{
    int devices = 500;
    int threads = 2; ///< threads of the load generator (they share the machine with the hub)
    int paceMs = 625; ///< mean pause per device: 500 devices ≈ 800 answers/s
    int timeoutS = 120;
};

/// The moderator's real live path in this process: a ModeratorSession hosting the built-in
/// framework catalog on loopback, every statement's StatementPlot (the dashboard's QML) in a
/// 1920×1080 window, and protocol-level devices voting. Prints the GUI thread's time per answer
/// for counting it (ModeratorSession::applyRatings, timed around the very call the host's
/// ratingsStored signal makes) and for the refresh that lets the views re-read their figures,
/// and the delay from an answer's commit at the hub to the next frame that shows it.
void runLiveBenchmark(const LiveOptions& options);

} // namespace dp::bench
