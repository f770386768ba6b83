#pragma once

#include <QStringList>

namespace dp::cli {

/// `simulate`: N attendee tablets against a hub; exit 0 once every answer is acknowledged.
int runSimulate(const QStringList& args);

/// Splits "host:port" or "[v6]:port"; false with `error` set otherwise.
bool parseHostPort(const QString& text, QString* host, quint16* port, QString* error);

} // namespace dp::cli
