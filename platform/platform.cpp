#include "platform.h"

#if defined(Q_OS_ANDROID)
#include "androidplatform.h"
#else
#include "desktopplatform.h"
#endif

namespace dp {

std::unique_ptr<Platform> createPlatform()
{
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidPlatform>();
#else
    // iOS would get its own implementation (idleTimerDisabled) once it is a target.
    return std::make_unique<DesktopPlatform>();
#endif
}

} // namespace dp
