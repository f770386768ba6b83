#pragma once

// The core's series comparison model as QML sees it (a foreign registration; the core knows no
// QML).

#include "qmlservices.h"
#include "sessionexports.h"
#include "stats/seriescomparisonmodel.h"

#include <QJSEngine>

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

/// The exports of the moderator's workshops, created by the composition root.
struct ExportsForeign
{
    Q_GADGET
    QML_FOREIGN(dp::SessionExports)
    QML_NAMED_ELEMENT(Exports)
    QML_SINGLETON
public:
    static SessionExports* create(QQmlEngine* engine, QJSEngine*)
    {
        return exposeSingleton(QmlServices::of(engine).exports, "Exports");
    }
};

/// The comparison of the workshops of a series, created by the composition root.
struct SeriesComparisonForeign
{
    Q_GADGET
    QML_FOREIGN(dp::SeriesComparisonModel)
    QML_NAMED_ELEMENT(SeriesComparison)
    QML_SINGLETON
public:
    static SeriesComparisonModel* create(QQmlEngine* engine, QJSEngine*)
    {
        return exposeSingleton(QmlServices::of(engine).seriesComparison, "SeriesComparison");
    }
};

} // namespace dp
