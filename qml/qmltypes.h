#pragma once

// Makes the core's types known to QML without the core knowing QML (foreign registrations).

#include "languagecontroller.h"
#include "qmlservices.h"
#include "session/attendeesession.h"
#include "session/joincontroller.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace dp {

struct AttendeeSessionForeign
{
    Q_GADGET
    QML_FOREIGN(dp::AttendeeSession)
    QML_NAMED_ELEMENT(Workshop)
    QML_SINGLETON
public:
    static AttendeeSession* create(QQmlEngine* engine, QJSEngine*)
    {
        return exposeSingleton(QmlServices::of(engine).attendee, "Workshop");
    }
};

struct LanguageControllerForeign
{
    Q_GADGET
    QML_FOREIGN(dp::LanguageController)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
public:
    static LanguageController* create(QQmlEngine* engine, QJSEngine*)
    {
        return exposeSingleton(QmlServices::of(engine).language, "Language");
    }
};

struct RatingFlowForeign
{
    Q_GADGET
    QML_FOREIGN(dp::RatingFlow)
    QML_NAMED_ELEMENT(RatingFlow)
    QML_UNCREATABLE("RatingFlow is provided by Workshop.flow")
};

struct ScaleOptionModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::ScaleOptionModel)
    QML_NAMED_ELEMENT(ScaleOptionModel)
    QML_UNCREATABLE("ScaleOptionModel is provided by RatingFlow.scaleOptions")
};

struct OverviewModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::OverviewModel)
    QML_NAMED_ELEMENT(OverviewModel)
    QML_UNCREATABLE("OverviewModel is provided by Workshop.overview")
};

struct CatalogListModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::CatalogListModel)
    QML_NAMED_ELEMENT(CatalogListModel)
    QML_UNCREATABLE("CatalogListModel is provided by Workshop.catalogs")
};

struct GroupListModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::GroupListModel)
    QML_NAMED_ELEMENT(GroupListModel)
    QML_UNCREATABLE("GroupListModel is provided by Workshop.groups")
};

struct SharedDeviceForeign
{
    Q_GADGET
    QML_FOREIGN(dp::SharedDevice)
    QML_NAMED_ELEMENT(SharedDevice)
    QML_UNCREATABLE("SharedDevice is provided by Workshop.shared")
};

struct GroupChoiceForeign
{
    Q_GADGET
    QML_FOREIGN(dp::GroupChoice)
    QML_NAMED_ELEMENT(GroupChoice)
    QML_UNCREATABLE("GroupChoice is provided by Join.groupChoice")
};

struct JoinControllerForeign
{
    Q_GADGET
    QML_FOREIGN(dp::JoinController)
    QML_NAMED_ELEMENT(Join)
    QML_SINGLETON
public:
    static JoinController* create(QQmlEngine* engine, QJSEngine*)
    {
        return exposeSingleton(QmlServices::of(engine).join, "Join");
    }
};

struct DiscoveryListenerForeign
{
    Q_GADGET
    QML_FOREIGN(dp::DiscoveryListener)
    QML_NAMED_ELEMENT(DiscoveryListener)
    QML_UNCREATABLE("DiscoveryListener is provided by Join.nearby")
};

} // namespace dp
