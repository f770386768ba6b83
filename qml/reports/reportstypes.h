#pragma once

// The core's series comparison model as QML sees it (a foreign registration; the core knows no
// QML).

#include "stats/seriescomparisonmodel.h"

#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace dp {

struct SeriesComparisonModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::SeriesComparisonModel)
    QML_NAMED_ELEMENT(SeriesComparisonModel)
    QML_UNCREATABLE("SeriesComparisonModel is created by the composition root")
};

} // namespace dp
