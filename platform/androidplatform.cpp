#include "androidplatform.h"

#include <QCoreApplication>
#include <QJniObject>

namespace dp {

bool AndroidPlatform::setKeepScreenOn(bool on)
{
    // android.view.WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON
    constexpr jint FlagKeepScreenOn = 128;
    m_keepScreenOn = on;
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([on] {
        const QJniObject activity = QNativeInterface::QAndroidApplication::context();
        const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (!window.isValid())
            return;
        if (on)
            window.callMethod<void>("addFlags", "(I)V", FlagKeepScreenOn);
        else
            window.callMethod<void>("clearFlags", "(I)V", FlagKeepScreenOn);
    });
    return true;
}

} // namespace dp
