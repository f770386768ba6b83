#pragma once

#include <QtGlobal>

namespace dp {

/// Raises this process's soft limit on open files to its hard limit: every joining connection
/// holds a file descriptor, and the usual soft limit of 1024 would let an idle flood exhaust the
/// hub. Returns the soft limit now in force, or -1 where the platform has none to raise.
qint64 raiseOpenFileLimit();

} // namespace dp
