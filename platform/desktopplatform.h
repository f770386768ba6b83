#pragma once

#include "platform.h"

namespace dp {

/// Linux, Windows and macOS desktops: screens are managed by the user, so nothing is forced.
class DesktopPlatform : public Platform
{
public:
    QString name() const override { return QStringLiteral("desktop"); }
    bool setKeepScreenOn(bool) override { return false; }
    bool keepsScreenOn() const override { return false; }
};

} // namespace dp
