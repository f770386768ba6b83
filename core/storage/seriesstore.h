#pragma once

#include "records.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dp {

class Database;

/// A cluster's sequence of workshops (usually three over two years) that re-rate the same
/// dimensions.
struct SeriesRecord
{
    QString id; ///< random UUID
    QString title;
    QDateTime createdAt;

    bool operator==(const SeriesRecord& other) const = default;
};

/// Series of workshops and which session is which workshop of its series.
class SeriesStore
{
public:
    explicit SeriesStore(Database& database);

    std::optional<SeriesRecord> createSeries(const QString& title, QString* error);
    std::optional<SeriesRecord> series(const QString& seriesId) const;
    /// All series, oldest first.
    QList<SeriesRecord> allSeries() const;

    /// Makes the session the next workshop of the series and returns its position (1-based).
    /// A session already in this series keeps its position; one in another series is refused,
    /// so a workshop never silently moves between clusters.
    std::optional<int> assignSession(
        const QString& sessionId, const QString& seriesId, QString* error);
    /// Takes the session out of its series (its data stays).
    bool removeFromSeries(const QString& sessionId, QString* error);

    /// The sessions of a series in workshop order.
    QList<SessionRecord> sessionsOfSeries(const QString& seriesId) const;

private:
    Database& m_database;
};

} // namespace dp
