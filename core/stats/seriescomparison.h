#pragma once

#include "distribution.h"
#include "ordinalstats.h"
#include "roundcomparison.h"

#include "storage/records.h"

#include <QList>
#include <QString>

namespace dp {

class RatingStore;
class SeriesStore;

/// One workshop of a series with everything the comparison reads: its catalog and its answers.
struct SeriesWorkshop
{
    SessionRecord session;
    QList<Rating> ratings;
};

/// One statement's figures in one workshop.
struct WorkshopFigures
{
    QString sessionId;
    int round = 0; ///< the round compared; 0 when the statement has no answers in the workshop
    Distribution distribution;
    Summary summary;
};

/// A statement rated in every workshop of a series, side by side.
struct StatementAcrossSeries
{
    QString statementId;
    QString dimensionId;
    LocalizedText text; ///< as worded in the first workshop
    QList<WorkshopFigures> workshops; ///< in workshop order
    /// From the first to the last workshop; `comparable` is false when either has no answers on
    /// the scale or the scale width changed.
    RoundShift firstToLast;
};

/// What moved between the workshops of a series.
///
/// Built from each workshop's pooled distributions only. Pseudonyms are random per session,
/// and nothing here tries to link anyone's answers across workshops.
struct SeriesComparison
{
    QStringList sessionIds; ///< in workshop order
    QList<int> rounds; ///< each workshop's last round with answers, or the chosen round (0: none)
    QList<StatementAcrossSeries> statements; ///< shared statements, in the first catalog's order
};

/// Compares the statements (by id) shared by all `workshops`, given in workshop order.
/// `round` 0 takes, per workshop and statement, the last round in which the statement was
/// answered (usually the workshop's last round); otherwise that round everywhere.
SeriesComparison compareSeries(const QList<SeriesWorkshop>& workshops, int round = 0);

/// The same for a stored series, read through the stores.
SeriesComparison compareSeries(
    const SeriesStore& series, const RatingStore& ratings, const QString& seriesId, int round = 0);

} // namespace dp
