#pragma once

#include "stats/disagreementmodel.h"
#include "stats/liveaggregator.h"

#include <QtQml/qqmlregistration.h>

namespace dp {

/// The live statistics of the core as QML sees them; the aggregator itself is created and
/// fed by the composition root, QML only reads it.
struct LiveAggregatorForeign
{
    Q_GADGET
    QML_FOREIGN(dp::LiveAggregator)
    QML_NAMED_ELEMENT(LiveAggregator)
    QML_UNCREATABLE("Created by the application; pass it in as a property.")
};

/// "Where do we disagree most?" list, creatable in QML with `source: <LiveAggregator>`.
struct DisagreementModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::DisagreementModel)
    QML_NAMED_ELEMENT(DisagreementModel)
};

} // namespace dp
