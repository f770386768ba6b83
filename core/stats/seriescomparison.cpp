#include "seriescomparison.h"

#include "aggregation.h"
#include "statementinfo.h"

#include "storage/ratingstore.h"
#include "storage/seriesstore.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace dp {

namespace {

// The last round anyone answered in: a moderator may have opened a further round that then
// stayed empty, and an empty picture would hide what the workshop ended with.
int lastAnsweredRound(const Aggregation& aggregation)
{
    const QList<int> rounds = aggregation.rounds();
    return rounds.isEmpty() ? 0 : *std::max_element(rounds.cbegin(), rounds.cend());
}

// The same for one statement: a second round often re-rates only the contested statements,
// and the others' latest picture is then the one from the round before.
int lastAnsweredRound(const Aggregation& aggregation, const QString& statementId)
{
    QList<int> rounds = aggregation.rounds();
    std::sort(rounds.begin(), rounds.end(), std::greater<int>());
    for (int round : rounds) {
        if (aggregation.distribution(statementId, round).total() > 0)
            return round;
    }
    return 0;
}

} // namespace

SeriesComparison compareSeries(const QList<SeriesWorkshop>& workshops, int round)
{
    SeriesComparison result;
    if (workshops.isEmpty())
        return result;

    QList<Aggregation> aggregations;
    aggregations.reserve(workshops.size());
    for (const SeriesWorkshop& workshop : workshops) {
        Aggregation aggregation(workshop.session.id);
        aggregation.setStatements(statementInfos(workshop.session.catalog));
        for (const Rating& rating : workshop.ratings)
            aggregation.apply(rating);
        result.sessionIds << workshop.session.id;
        result.rounds << (round > 0 ? round : lastAnsweredRound(aggregation));
        aggregations.append(std::move(aggregation));
    }

    for (const StatementInfo& info : aggregations.first().statements()) {
        const bool shared = std::all_of(aggregations.cbegin(), aggregations.cend(),
            [&](const Aggregation& aggregation) { return aggregation.statement(info.id); });
        if (!shared)
            continue;
        StatementAcrossSeries statement;
        statement.statementId = info.id;
        statement.dimensionId = info.dimensionId;
        statement.text = info.text;
        for (int i = 0; i < aggregations.size(); ++i) {
            const StatementInfo* own = aggregations.at(i).statement(info.id);
            WorkshopFigures figures;
            figures.sessionId = result.sessionIds.at(i);
            figures.round = round > 0 ? round : lastAnsweredRound(aggregations.at(i), info.id);
            figures.distribution = aggregations.at(i).distribution(info.id, figures.round);
            figures.summary = summarize(figures.distribution, own->kind);
            statement.workshops.append(figures);
        }
        statement.firstToLast = compareRounds(info.id, statement.workshops.first().distribution,
            statement.workshops.last().distribution, info.kind);
        result.statements.append(statement);
    }
    return result;
}

SeriesComparison compareSeries(
    const SeriesStore& series, const RatingStore& ratings, const QString& seriesId, int round)
{
    QList<SeriesWorkshop> workshops;
    for (const SessionRecord& session : series.sessionsOfSeries(seriesId))
        workshops.append(SeriesWorkshop { session, ratings.ratings(session.id) });
    return compareSeries(workshops, round);
}

} // namespace dp
