#pragma once

#include <QStringList>

namespace dp::cli {

/// `discover`: lists workshops announced on the local network, one per line, then exits.
int runDiscover(const QStringList& args);

} // namespace dp::cli
