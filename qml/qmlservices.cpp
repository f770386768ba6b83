#include "qmlservices.h"

namespace dp {

QHash<QQmlEngine*, QmlServices::Services>& QmlServices::registry()
{
    static QHash<QQmlEngine*, Services> services;
    return services;
}

void QmlServices::provide(QQmlEngine* engine, const Services& services)
{
    registry().insert(engine, services);
}

void QmlServices::withdraw(QQmlEngine* engine)
{
    registry().remove(engine);
}

QmlServices::Services QmlServices::of(QQmlEngine* engine)
{
    return registry().value(engine);
}

} // namespace dp
