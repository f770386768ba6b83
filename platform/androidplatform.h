#pragma once

#include "platform.h"

namespace dp {

/// Android tablets: keeps the screen on through the activity window's FLAG_KEEP_SCREEN_ON.
class AndroidPlatform : public Platform
{
public:
    QString name() const override { return QStringLiteral("android"); }
    bool setKeepScreenOn(bool on) override;
    bool keepsScreenOn() const override { return m_keepScreenOn; }

private:
    bool m_keepScreenOn = false;
};

} // namespace dp
