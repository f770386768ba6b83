#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dp {

QStringList Options::screenshotPages()
{
    return { QStringLiteral("start"), QStringLiteral("rating"), QStringLiteral("overview"),
        QStringLiteral("finish"), QStringLiteral("thankyou"), QStringLiteral("editor"),
        QStringLiteral("workshops"), QStringLiteral("newworkshop"), QStringLiteral("lobby"),
        QStringLiteral("dashboard"), QStringLiteral("focus"), QStringLiteral("disagreement"),
        QStringLiteral("presentation") };
}

std::optional<Options> Options::parse(
    const QStringList& arguments, QString* error, QString* helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Options", "Dialogpunkte: rate statements in a workshop."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("Options", "Keep the local data in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption locale(QStringLiteral("locale"),
        QCoreApplication::translate("Options", "Start in language <code> (de, en, ar, ...)."),
        QStringLiteral("code"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        QCoreApplication::translate("Options",
            "Load every page once in a temporary data folder and exit; non-zero on QML errors."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("Options", "Save a picture of a page to <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("Options", "Window size for --screenshot, e.g. 390x844."),
        QStringLiteral("WxH"));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate("Options", "Page for --screenshot: %1.")
            .arg(screenshotPages().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
        QCoreApplication::translate("Options", "Built-in catalog id for --screenshot."),
        QStringLiteral("id"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate(
            "Options", "Open the moderator's dashboard with a demo room and simulated attendees."));
    const QCommandLineOption demoDevices(QStringLiteral("demo-devices"),
        QCoreApplication::translate("Options", "Number of simulated tablets for --demo."),
        QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions(
        { dataDir, locale, selfTest, screenshot, size, page, catalog, demo, demoDevices });
    parser.addPositionalArgument(QStringLiteral("link"),
        QCoreApplication::translate(
            "Options", "A workshop's join link, dialogpunkte://host:port/?room=CODE (optional)."),
        QStringLiteral("[link]"));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        *helpText = parser.helpText();
        return std::nullopt;
    }
    Options options;
    if (parser.positionalArguments().size() > 1) {
        *error = QCoreApplication::translate("Options", "Only one join link can be opened.");
        return std::nullopt;
    }
    options.joinLink = parser.positionalArguments().value(0);
    options.dataDir = parser.value(dataDir);
    options.locale = parser.value(locale);
    options.selfTest = parser.isSet(selfTest);
    options.screenshotFile = parser.value(screenshot);
    options.screenshotCatalog = parser.value(catalog);
    options.demo = parser.isSet(demo);
    bool devicesOk = false;
    options.demoDevices = parser.value(demoDevices).toInt(&devicesOk);
    if (!devicesOk || options.demoDevices < 1 || options.demoDevices > 500) {
        *error = QCoreApplication::translate("Options", "--demo-devices must be 1..500.");
        return std::nullopt;
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool widthOk = false;
        bool heightOk = false;
        const int width = parts.value(0).toInt(&widthOk);
        const int height = parts.value(1).toInt(&heightOk);
        if (parts.size() != 2 || !widthOk || !heightOk || width < 100 || height < 100) {
            *error = QCoreApplication::translate(
                "Options", "--size expects WIDTHxHEIGHT, e.g. 390x844, got \"%1\".")
                         .arg(parser.value(size));
            return std::nullopt;
        }
        options.screenshotSize = { width, height };
    }
    if (parser.isSet(page)) {
        options.screenshotPage = parser.value(page).toLower();
        if (!screenshotPages().contains(options.screenshotPage)) {
            *error = QCoreApplication::translate("Options", "--page must be one of: %1.")
                         .arg(screenshotPages().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return options;
}

} // namespace dp
