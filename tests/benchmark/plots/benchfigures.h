#pragma once

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

namespace dp::bench {

/// Mean, p99 and maximum of a list of durations (any unit), for the benchmark's printout.
struct Figures
{
    double mean = 0;
    double p99 = 0;
    double max = 0;
    size_t count = 0;

    static Figures of(std::vector<double> values)
    {
        Figures figures;
        figures.count = values.size();
        if (values.empty())
            return figures;
        std::sort(values.begin(), values.end());
        double sum = 0;
        for (double value : values)
            sum += value;
        figures.mean = sum / double(values.size());
        figures.p99 = values[std::min(values.size() - 1, size_t(0.99 * double(values.size())))];
        figures.max = values.back();
        return figures;
    }

    /// "mean 1.23 / p99 4.56 / max 7.89 <unit>" with `decimals` places.
    QString text(const QString& unit, int decimals = 2) const
    {
        return QStringLiteral("mean %1 / p99 %2 / max %3 %4")
            .arg(mean, 0, 'f', decimals)
            .arg(p99, 0, 'f', decimals)
            .arg(max, 0, 'f', decimals)
            .arg(unit);
    }
};

/// CPU time of the calling thread: on a machine shared with other work, wall time also counts
/// the moments the thread waited for a core.
inline qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace dp::bench
