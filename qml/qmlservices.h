#pragma once

#include <QHash>
#include <QJSEngine>

class QQmlEngine;

namespace dp {

class AttendeeSession;
class JoinController;
class LanguageController;
class ModeratorSession;
class SeriesComparisonModel;
class SessionExports;
class WorkshopLibrary;

/// The objects the composition root hands to one QML engine; the QML singletons read them here.
///
/// This is the single seam between the composition root and QML's singleton factories, keyed by
/// engine so tests can run several engines with their own databases.
class QmlServices
{
public:
    struct Services
    {
        AttendeeSession* attendee = nullptr;
        LanguageController* language = nullptr;
        ModeratorSession* moderator = nullptr;
        JoinController* join = nullptr;
        WorkshopLibrary* workshops = nullptr;
        SessionExports* exports = nullptr;
        SeriesComparisonModel* seriesComparison = nullptr;
    };

    static void provide(QQmlEngine* engine, const Services& services);
    static void withdraw(QQmlEngine* engine);
    static Services of(QQmlEngine* engine);

private:
    static QHash<QQmlEngine*, Services>& registry();
};

/// Hands a C++-owned service to QML as a singleton; the engine must never delete it.
template <typename T> T* exposeSingleton(T* object, const char* name)
{
    if (!object)
        qCritical("Dialogpunkte: no %s was provided for this QML engine", name);
    else
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}

} // namespace dp
