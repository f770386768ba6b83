#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dp {

/// Stored answer value for "kann ich nicht einschätzen" (cannot judge). Scale points are 1..points.
inline constexpr int CannotJudgeAnswer = 0;

/// How a statement is answered: an ordinal agreement scale, a bipolar profile or pictograms.
struct Scale
{
    enum class Kind { Ordinal, Bipolar, Pictogram };

    QString id;
    Kind kind = Kind::Ordinal;
    int points = 6; ///< 4..10 (pictogram scales may use 3..10)
    bool hasMidpoint = false; ///< true when `points` is odd and the middle is neutral
    QList<LocalizedText> labels; ///< one per point (ordinal/pictogram), may be empty for bipolar
    LocalizedText leftPole; ///< bipolar only
    LocalizedText rightPole; ///< bipolar only
    QStringList pictograms; ///< pictogram only: one symbol name per point (see docs)
    bool allowCannotJudge = true;
    LocalizedText cannotJudgeLabel; ///< empty: defaultCannotJudgeLabel(); show via labelFor(0, ...)

    static constexpr int MinPoints = 4;
    static constexpr int MaxPoints = 10;
    static constexpr int MinPictogramPoints = 3;

    /// True when `answer` is a valid stored value for this scale (1..points, or CannotJudgeAnswer).
    bool accepts(int answer) const;
    /// Label of point `value` (1-based) in `language`; a number when the scale has no labels.
    QString labelFor(int value, const QString& language) const;

    static Scale fromJson(const QJsonObject& object, QString* error);
    /// As above; `path` (e.g. "scales[1]") prefixes error messages.
    static Scale fromJson(const QJsonObject& object, QString* error, const QString& path);
    QJsonObject toJson() const;

    /// "kann ich nicht einschätzen" / "can't judge", used when a scale names no label of its own.
    static LocalizedText defaultCannotJudgeLabel();
    /// The answer value of the neutral middle, or 0 when the scale has no midpoint.
    int midpointValue() const;
    static QString kindName(Kind kind);
    /// Pictogram names the UI draws as faces; other names fall back to the point's label.
    static QStringList knownPictograms();

    bool operator==(const Scale& other) const = default;
};

} // namespace dp
