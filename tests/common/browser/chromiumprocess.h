#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace dp::test {

/// Debian's Chromium, headless, with a fresh profile that is removed afterwards; hands out the
/// DevTools endpoint the browser wrote into its profile.
class ChromiumProcess
{
public:
    ChromiumProcess() = default;
    ~ChromiumProcess();
    ChromiumProcess(const ChromiumProcess&) = delete;
    ChromiumProcess& operator=(const ChromiumProcess&) = delete;

    /// The browser to start: $DP_CHROMIUM if set, else /usr/bin/chromium; empty if missing.
    static QString executable();

    /// Starts the browser and waits until its DevTools port is known.
    bool start(QString* error);
    /// ws://127.0.0.1:PORT/devtools/browser/ID
    QUrl browserEndpoint() const { return m_endpoint; }

private:
    bool readEndpoint();

    QTemporaryDir m_profile;
    QProcess m_process;
    QUrl m_endpoint;
};

} // namespace dp::test
