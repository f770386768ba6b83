#pragma once

#include "stats/ordinalstats.h"
#include "stats/statementinfo.h"
#include "stats/suppression.h"
#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dp {

class Database;

/// One current answer as exported: pseudonymous, with texts in the chosen language.
struct AnswerRow
{
    int round = 1;
    QString dimensionId;
    QString dimensionTitle;
    QString statementId;
    QString statementText;
    QString pseudonym;
    QString groupId; ///< empty when the participant chose no group
    QString groupName;
    int answer = 0; ///< 1..points, or CannotJudgeAnswer
    QString answerLabel;
    bool cannotJudge = false;
};

/// Figures of one series of a statement's plot: everybody, one shown group, or the merged rest.
struct SeriesFigures
{
    enum class Kind { Total, Group, Other };

    Kind kind = Kind::Total;
    QString groupId; ///< empty for Total and Other (and for "no group" as a Group)
    QString groupName;
    int groupIndex = -1; ///< position in the session's groups; -1 for "no group"/Other/Total
    Distribution distribution;
    Summary summary;
};

/// Everything shown about one statement in one round, suppression already applied.
struct ExportedStatement
{
    StatementInfo info;
    QString text;
    QString dimensionTitle;
    QStringList pointLabels; ///< one per scale point in the chosen language
    QString cannotJudgeLabel;
    bool allowCannotJudge = true;
    int round = 1;
    SeriesFigures total;
    QList<SeriesFigures> groups; ///< shown groups in session order, then "Other" if any hidden
};

/// What every export format writes about a session, read once from the database.
struct ExportData
{
    SessionRecord session;
    QString language;
    int minimumGroupSize = GroupSuppression::DefaultThreshold;
    QList<int> rounds; ///< rounds with answers, ascending; {1} when nobody answered yet
    QList<AnswerRow> answers; ///< catalog order, then round, then pseudonym
    QList<ExportedStatement> figures; ///< catalog order, then round
    QHash<int, int> participantsPerRound; ///< distinct pseudonyms that answered in a round
    QHash<int, int> answersPerRound;

    /// The figures of `statementId` in `round`, or nullptr.
    const ExportedStatement* figuresFor(const QString& statementId, int round) const;
};

/// Reads a session's current answers and computes its figures with the same suppression as on
/// screen. Returns nothing with `error` set for an unknown session or an unreadable database.
std::optional<ExportData> loadExportData(Database& database, const QString& sessionId,
    const QString& language, int minimumGroupSize, QString* error);

} // namespace dp
