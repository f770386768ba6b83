#pragma once

#include "stats/suppression.h"

#include <QHash>
#include <QString>

namespace dp {

class Database;

/// What goes into a report, the plot images and the tables of an export.
struct ReportOptions
{
    QString language = QStringLiteral("de");
    int minimumGroupSize = GroupSuppression::DefaultThreshold;
    /// The moderator's notes by statement id, printed below the statement's plots.
    QHash<QString, QString> notes;
};

/// The options a session's exports use: its own anonymity threshold k (SessionLifecycle
/// settings; the default when the session is unknown) and the moderator's notes. Used by the
/// export service, so the app and the command-line tool hide exactly the same groups.
ReportOptions reportOptionsFor(
    Database& database, const QString& sessionId, const QString& language);

} // namespace dp
