#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace dp {

/// Milliseconds on a clock that never jumps; classes with timing policies take one of these so
/// tests can drive time by hand.
using SteadyClock = std::function<qint64()>;

inline qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace dp
