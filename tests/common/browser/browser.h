#pragma once

#include "browserpage.h"
#include "chromiumprocess.h"
#include "devtoolsconnection.h"

#include <memory>

namespace dp::test {

/// A headless Chromium for tests: starts it, connects over DevTools, opens pages. Each page
/// gets its own browser context (its own IndexedDB), so every page is a separate device.
class Browser
{
public:
    /// Why tests of the web client are skipped here; empty when Chromium is installed.
    static QString unavailableReason();

    Browser() = default;
    ~Browser();
    Browser(const Browser&) = delete;
    Browser& operator=(const Browser&) = delete;

    bool start(QString* error);
    /// A new tab; with `ownStorage` in a fresh browser context of its own.
    std::unique_ptr<BrowserPage> newPage(QString* error, bool ownStorage = true);
    DevToolsConnection& connection() { return m_connection; }

private:
    ChromiumProcess m_process;
    DevToolsConnection m_connection;
};

} // namespace dp::test
