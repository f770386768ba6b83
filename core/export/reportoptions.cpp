#include "reportoptions.h"

#include "storage/notesstore.h"
#include "storage/sessionlifecycle.h"

namespace dp {

ReportOptions reportOptionsFor(
    Database& database, const QString& sessionId, const QString& language)
{
    ReportOptions options;
    options.language = language;
    if (const auto settings = SessionLifecycle(database).settings(sessionId))
        options.minimumGroupSize = settings->anonymityThreshold;
    for (const Note& note : NotesStore(database).notes(sessionId))
        options.notes.insert(note.statementId, note.text);
    return options;
}

} // namespace dp
