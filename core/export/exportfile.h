#pragma once

#include <QByteArray>
#include <QString>

namespace dp {

/// Writes `content` to `path` through a temporary file, so a failed export never leaves a
/// half-written file nor destroys the previous one. Errors name the path and the reason.
bool writeFileAtomically(const QString& path, const QByteArray& content, QString* error);

} // namespace dp
