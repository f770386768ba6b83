#pragma once

#include <QStringList>

namespace dp::cli {

/// `hub`: hosts a workshop session until SIGTERM/SIGINT. Returns the process exit code.
int runHub(const QStringList& args);

} // namespace dp::cli
