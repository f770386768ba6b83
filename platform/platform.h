#pragma once

#include <QString>

#include <memory>

namespace dp {

/// What differs between desktop, Android and iOS, behind one small interface.
class Platform
{
public:
    virtual ~Platform() = default;

    virtual QString name() const = 0;
    /// Keeps the display on while someone is rating, so a tablet does not lock mid-statement.
    /// Returns false when the platform cannot do that.
    virtual bool setKeepScreenOn(bool on) = 0;
    virtual bool keepsScreenOn() const = 0;
};

/// The implementation for the platform this was built for.
std::unique_ptr<Platform> createPlatform();

} // namespace dp
