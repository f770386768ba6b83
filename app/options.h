#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp {

/// The command line of the attendee app.
struct Options
{
    QString dataDir; ///< empty: the platform's data location
    QString locale; ///< empty: the system locale
    bool selfTest = false;
    QString screenshotFile;
    QSize screenshotSize { 1280, 800 };
    QString screenshotPage = QStringLiteral("start");
    QString screenshotCatalog;
    bool demo = false; ///< host a demo room with simulated attendees
    int demoDevices = 30;
    /// A workshop's join link the app was opened with (the system passes it as an argument).
    QString joinLink;

    static QStringList screenshotPages();
    /// Parses `arguments`; nothing with `error` set (or `helpText` for --help) otherwise.
    static std::optional<Options> parse(
        const QStringList& arguments, QString* error, QString* helpText);
};

} // namespace dp
