#pragma once

#include <QByteArray>
#include <QString>

namespace dp {

struct ExportData;

/// The session, its answers and its figures as one JSON document ("dialogpunkte-export" v1).
QByteArray toJsonExport(const ExportData& data);

bool writeJsonExport(const ExportData& data, const QString& path, QString* error);

} // namespace dp
