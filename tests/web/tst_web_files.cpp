#include "catalog/scale.h"
#include "webtestserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dp;
using namespace dp::test;

// The web client's files as compiled into the binary: complete, translated, within the
// Content-Security-Policy and small. No browser needed.
class TestWebFiles : public QObject
{
    Q_OBJECT

private:
    static QByteArray resource(const QString& path)
    {
        QFile file(QStringLiteral(":/web/") + path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList filesEndingWith(const QString& suffix)
    {
        QStringList files = WebTestServer::clientFiles();
        files.removeIf([&](const QString& file) { return !file.endsWith(suffix); });
        return files;
    }

    static QJsonObject strings(const QString& language)
    {
        return QJsonDocument::fromJson(resource(QStringLiteral("i18n/%1.json").arg(language)))
            .object();
    }

    static QSet<QString> placeholders(const QString& text)
    {
        QSet<QString> found;
        static const QRegularExpression pattern(QStringLiteral("\\{\\d\\}"));
        for (const auto& match : pattern.globalMatch(text))
            found.insert(match.captured());
        return found;
    }

    static QString allScripts()
    {
        QString text;
        for (const QString& file : filesEndingWith(QStringLiteral(".js")))
            text += QString::fromUtf8(resource(file));
        return text;
    }

private slots:
    void resourcesAreTheClientFolder()
    {
        // Everything in assets/web ships, and nothing else: only listed files can be served.
        const QDir folder(QStringLiteral(DP_SOURCE_DIR "/assets/web"));
        QStringList onDisk;
        QDirIterator it(folder.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = folder.relativeFilePath(it.next());
            if (file != QLatin1String("CMakeLists.txt"))
                onDisk.append(file);
        }
        onDisk.sort();
        QCOMPARE(WebTestServer::clientFiles(), onDisk);
        QVERIFY(onDisk.contains(QStringLiteral("index.html")));
    }

    void everyLanguageHasEveryKey_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : { "en", "tr", "ar", "ru", "uk" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyLanguageHasEveryKey()
    {
        QFETCH(QString, language);
        const QJsonObject german = strings(QStringLiteral("de"));
        const QJsonObject other = strings(language);
        QVERIFY(german.size() > 40);
        QCOMPARE(other.keys(), german.keys());
        for (const QString& key : german.keys()) {
            const QString text = other.value(key).toString();
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(language + QLatin1Char(':') + key));
            QVERIFY2(placeholders(text) == placeholders(german.value(key).toString()),
                qPrintable(
                    QStringLiteral("%1:%2 has other placeholders than German").arg(language, key)));
        }
    }

    void everyStringTheScriptsUseExists()
    {
        const QString scripts = allScripts();
        const QJsonObject german = strings(QStringLiteral("de"));
        // t("key", …) and t(condition ? "a" : "b"): the only two ways the views name a string.
        static const QRegularExpression direct(QStringLiteral("\\bt\\(\"(\\w+)\""));
        static const QRegularExpression chosen(
            QStringLiteral("\\bt\\([^;()]*\\?\\s*\"(\\w+)\"\\s*:\\s*\"(\\w+)\""));
        QSet<QString> used;
        for (const auto& match : direct.globalMatch(scripts))
            used.insert(match.captured(1));
        for (const auto& match : chosen.globalMatch(scripts))
            used << match.captured(1) << match.captured(2);
        QVERIFY(used.size() > 40);
        for (const QString& key : std::as_const(used))
            QVERIFY2(german.contains(key),
                qPrintable(QStringLiteral("\"%1\" is not in i18n/de.json").arg(key)));
        for (const QString& key : german.keys())
            QVERIFY2(used.contains(key),
                qPrintable(QStringLiteral("\"%1\" in i18n/de.json is never shown").arg(key)));
    }

    void pageNeedsNothingTheSecurityPolicyForbids()
    {
        // default-src 'self': no inline script or style, no eval, no other origin.
        const QString html = QString::fromUtf8(resource(QStringLiteral("index.html")));
        static const QRegularExpression inlineScript(
            QStringLiteral("<script(?![^>]*\\bsrc=)[^>]*>"));
        QVERIFY2(!inlineScript.match(html).hasMatch(), "index.html has an inline script");
        static const QRegularExpression inlineAttribute(QStringLiteral("\\s(style|on[a-z]+)\\s*="));
        QVERIFY2(
            !inlineAttribute.match(html).hasMatch(), "index.html has a style or event attribute");
        QVERIFY(!html.contains(QLatin1String("<style")));

        const QString scripts = allScripts();
        for (const char* forbidden : { "eval(", "new Function", "insertAdjacentHTML",
                 "document.write", "setAttribute(\"style\"", "javascript:" })
            QVERIFY2(!scripts.contains(QLatin1String(forbidden)), forbidden);
        // HTML is only ever read, never written from a string: hub texts must stay text.
        static const QRegularExpression htmlWritten(
            QStringLiteral("\\.(inner|outer)HTML\\s*\\+?=(?!=)"));
        QVERIFY2(!htmlWritten.match(scripts).hasMatch(), "a script writes HTML from a string");

        static const QRegularExpression elsewhere(
            QStringLiteral("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}"));
        for (const QString& file : WebTestServer::clientFiles()) {
            QString text = QString::fromUtf8(resource(file));
            // The namespace of SVG is a name, never fetched.
            text.remove(QStringLiteral("xmlns=\"http://www.w3.org/2000/svg\""));
            const auto match = elsewhere.match(text);
            QVERIFY2(
                !match.hasMatch(), qPrintable(file + QStringLiteral(" names ") + match.captured()));
        }
    }

    void everyKnownPictogramHasAFace()
    {
        const QString catalogScript = QString::fromUtf8(resource(QStringLiteral("js/catalog.js")));
        for (const QString& name : Scale::knownPictograms()) {
            QVERIFY2(
                !resource(QStringLiteral("faces/%1.svg").arg(name)).isEmpty(), qPrintable(name));
            QVERIFY2(catalogScript.contains(QStringLiteral("\"%1\"").arg(name)), qPrintable(name));
        }
        QCOMPARE(
            filesEndingWith(QStringLiteral(".svg")).size(), Scale::knownPictograms().size() + 1);
    }

    void clientIsSmall()
    {
        qint64 total = 0;
        for (const QString& file : WebTestServer::clientFiles())
            total += resource(file).size();
        qInfo().noquote() << QStringLiteral("web client: %1 files, %2 bytes (%3 KiB) uncompressed")
                                 .arg(WebTestServer::clientFiles().size())
                                 .arg(total)
                                 .arg(total / 1024.0, 0, 'f', 1);
        QVERIFY2(total < 150 * 1024, "the whole client must stay under 150 KB");
    }
};

QTEST_GUILESS_MAIN(TestWebFiles)
#include "tst_web_files.moc"
