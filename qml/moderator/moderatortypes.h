#pragma once

// The moderator's core objects as QML sees them (foreign registrations; the core knows no QML).

#include "moderation/moderatorsession.h"
#include "moderation/workshoplibrary.h"
#include "moderation/workshoplistmodel.h"
#include "qmlservices.h"
#include "sync/devicelistmodel.h"
#include "sync/restoreoffermodel.h"
#include "sync/sessionhost.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace dp {

/// The hosted workshop of this device, created by the composition root.
struct ModeratorSessionForeign
{
    Q_GADGET
    QML_FOREIGN(dp::ModeratorSession)
    QML_NAMED_ELEMENT(Moderator)
    QML_SINGLETON
public:
    static ModeratorSession* create(QQmlEngine* engine, QJSEngine*)
    {
        return exposeSingleton(QmlServices::of(engine).moderator, "Moderator");
    }
};

/// The moderator's prepared and past workshops, created by the composition root.
struct WorkshopLibraryForeign
{
    Q_GADGET
    QML_FOREIGN(dp::WorkshopLibrary)
    QML_NAMED_ELEMENT(Workshops)
    QML_SINGLETON
public:
    static WorkshopLibrary* create(QQmlEngine* engine, QJSEngine*)
    {
        return exposeSingleton(QmlServices::of(engine).workshops, "Workshops");
    }
};

struct WorkshopListModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::WorkshopListModel)
    QML_NAMED_ELEMENT(WorkshopListModel)
    QML_UNCREATABLE("WorkshopListModel is provided by Workshops.workshops")
};

struct SessionHostForeign
{
    Q_GADGET
    QML_FOREIGN(dp::SessionHost)
    QML_NAMED_ELEMENT(SessionHost)
    QML_UNCREATABLE("SessionHost is provided by Moderator.host")
};

struct DeviceListModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::DeviceListModel)
    QML_NAMED_ELEMENT(DeviceListModel)
    QML_UNCREATABLE("DeviceListModel is provided by Moderator.host.devices")
};

struct RestoreOfferModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::RestoreOfferModel)
    QML_NAMED_ELEMENT(RestoreOfferModel)
    QML_UNCREATABLE("RestoreOfferModel is provided by Moderator.restoreOffers")
};

} // namespace dp
