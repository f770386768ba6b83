#include "catalog/builtincatalogs.h"
#include "catalog/catalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(dp::Catalog)

using namespace dp;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(DP_TEST_DATA_DIR "/catalogs/") + name;
}

Catalog loaded(const QString& id)
{
    const Catalog::ParseResult result = loadBuiltin(id);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error));
    return result.catalog;
}

// Built in code, so the round trip covers fields the shipped catalogs do not use.
Catalog handBuiltCatalog()
{
    Catalog catalog;
    catalog.id = u"hand"_qs;
    catalog.version = u"7"_qs;
    catalog.title = { { u"de"_qs, u"Handgemacht"_qs }, { u"en"_qs, u"Hand-made"_qs } };
    catalog.languages = { u"de"_qs, u"en"_qs };
    catalog.defaultScaleId = u"profil"_qs;
    Scale profile;
    profile.id = u"profil"_qs;
    profile.kind = Scale::Kind::Bipolar;
    profile.points = 5;
    profile.hasMidpoint = true;
    profile.leftPole = LocalizedText(u"lose"_qs);
    profile.rightPole = LocalizedText(u"verbindlich"_qs);
    Scale numbers;
    numbers.id = u"zahlen"_qs;
    numbers.points = 10;
    numbers.allowCannotJudge = false;
    catalog.scales = { profile, numbers };
    Dimension dimension;
    dimension.id = u"wirkung"_qs;
    dimension.title = LocalizedText(u"Wirkungsorientierung"_qs);
    dimension.statements = {
        { u"w1"_qs, u"wirkung"_qs, LocalizedText(u"Wir wissen, was wirkt."_qs),
            LocalizedText(u"Hilfe"_qs), QString() },
        { u"w2"_qs, u"wirkung"_qs, LocalizedText(u"Zahlen helfen."_qs), {}, u"zahlen"_qs },
    };
    catalog.dimensions = { dimension };
    return catalog;
}

} // namespace

/// Catalog documents: the built-in catalogs, lookups, JSON round trip and reading files.
class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void qualityFramework()
    {
        const Catalog catalog = loaded(u"qualitaetsrahmen"_qs);
        QCOMPARE(catalog.id, u"qualitaetsrahmen"_qs);
        QCOMPARE(catalog.languages, (QStringList { u"de"_qs, u"en"_qs }));
        const QStringList expectedTitles { u"Grundidee"_qs, u"Zielbestimmung"_qs, u"Netzwerk"_qs,
            u"Planung"_qs, u"Politisch-strukturelle Verankerung"_qs, u"Qualifizierung"_qs,
            u"Zusammenarbeit mit der Familie"_qs, u"Qualität von Angeboten"_qs,
            u"Dokumentation und Evaluation"_qs };
        QStringList titles;
        int withHelp = 0;
        for (const Dimension& dimension : catalog.dimensions) {
            titles.append(dimension.title.text(u"de"_qs));
            QVERIFY(!dimension.description.isEmpty());
            QVERIFY2(dimension.statements.size() >= 4 && dimension.statements.size() <= 6,
                qPrintable(dimension.id));
            for (const Statement& statement : dimension.statements) {
                QCOMPARE(statement.dimensionId, dimension.id);
                QVERIFY(catalog.scaleFor(statement));
                withHelp += statement.help.isEmpty() ? 0 : 1;
            }
        }
        QCOMPARE(titles, expectedTitles);
        QVERIFY(withHelp > 0);
        QCOMPARE(catalog.missingTranslations(), QStringList());

        const Scale* scale = catalog.scale(catalog.defaultScaleId);
        QVERIFY(scale);
        QCOMPARE(scale->kind, Scale::Kind::Ordinal);
        QCOMPARE(scale->points, 6);
        QVERIFY(!scale->hasMidpoint);
        QVERIFY(scale->allowCannotJudge);
        QCOMPARE(scale->labelFor(1, u"de"_qs), u"stimme gar nicht zu"_qs);
        QCOMPARE(scale->labelFor(6, u"de"_qs), u"stimme voll zu"_qs);
        QCOMPARE(scale->labelFor(CannotJudgeAnswer, u"de"_qs), u"kann ich nicht einschätzen"_qs);
    }

    void parentsFeedback()
    {
        const Catalog catalog = loaded(u"elternfeedback"_qs);
        QCOMPARE(catalog.languages,
            (QStringList { u"de"_qs, u"en"_qs, u"tr"_qs, u"ar"_qs, u"ru"_qs, u"uk"_qs }));
        QVERIFY(catalog.statementCount() >= 5 && catalog.statementCount() <= 8);
        QCOMPARE(catalog.missingTranslations(), QStringList());
        const Scale* scale = catalog.scale(catalog.defaultScaleId);
        QVERIFY(scale);
        QCOMPARE(scale->kind, Scale::Kind::Pictogram);
        QCOMPARE(scale->points, 5);
        QCOMPARE(scale->pictograms.size(), 5);
        for (const QString& pictogram : scale->pictograms)
            QVERIFY2(Scale::knownPictograms().contains(pictogram), qPrintable(pictogram));
        QVERIFY(scale->allowCannotJudge);
        QCOMPARE(scale->labelFor(CannotJudgeAnswer, u"de"_qs), u"weiß ich nicht"_qs);
        QCOMPARE(scale->labelFor(CannotJudgeAnswer, u"uk"_qs), u"не знаю"_qs);
    }

    void builtinList()
    {
        const QList<BuiltinCatalogInfo> infos = builtinCatalogs();
        QCOMPARE(infos.size(), builtinCatalogPaths().size());
        QCOMPARE(infos.size(), 2);
        QCOMPARE(infos.at(0).id, u"qualitaetsrahmen"_qs);
        QCOMPARE(infos.at(0).dimensionCount, 9);
        QCOMPARE(infos.at(1).id, u"elternfeedback"_qs);
        for (const BuiltinCatalogInfo& info : infos) {
            QVERIFY(info.title.has(u"de"_qs) && info.title.has(u"en"_qs));
            QCOMPARE(loadBuiltin(info.id).catalog.id, info.id);
        }
        QCOMPARE(
            loadBuiltin(u"gibtsnicht"_qs).error, u"there is no built-in catalog \"gibtsnicht\""_qs);
    }

    void lookups()
    {
        const Catalog catalog = loaded(u"qualitaetsrahmen"_qs);
        const QList<Statement> all = catalog.allStatements();
        QCOMPARE(all.size(), catalog.statementCount());
        QCOMPARE(all.first().dimensionId, u"grundidee"_qs);
        QCOMPARE(all.last().dimensionId, u"dokumentation"_qs);
        const Statement* statement = catalog.statement(all.at(7).id);
        QVERIFY(statement);
        QCOMPARE(*statement, all.at(7));
        QVERIFY(!catalog.statement(u"nope"_qs));
        QCOMPARE(catalog.dimension(u"netzwerk"_qs)->title.text(u"en"_qs), u"Network"_qs);
        QVERIFY(!catalog.dimension(u"nope"_qs));

        const Catalog hand = handBuiltCatalog();
        QCOMPARE(hand.scaleFor(hand.dimensions.first().statements.at(0))->id, u"profil"_qs);
        QCOMPARE(hand.scaleFor(hand.dimensions.first().statements.at(1))->id, u"zahlen"_qs);
    }

    void moreThanNineDimensions()
    {
        const Catalog::ParseResult result
            = Catalog::fromFile(fixture(u"eleven-dimensions.json"_qs));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.catalog.dimensions.size(), 11);
        QCOMPARE(result.catalog.dimensions.at(10).title.text(u"de"_qs),
            u"Beteiligung und Partizipation"_qs);
    }

    void minimalDefaults()
    {
        const Catalog::ParseResult result = Catalog::fromFile(fixture(u"minimal.json"_qs));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.catalog.languages, QStringList { u"de"_qs });
        QCOMPARE(result.catalog.defaultScaleId, u"vier"_qs); // the only scale becomes the default
        QCOMPARE(result.catalog.title.text(u"en"_qs), u"Kleinster Katalog"_qs);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Catalog>("catalog");
        QTest::newRow("qualitaetsrahmen") << loaded(u"qualitaetsrahmen"_qs);
        QTest::newRow("elternfeedback") << loaded(u"elternfeedback"_qs);
        QTest::newRow("minimal") << Catalog::fromFile(fixture(u"minimal.json"_qs)).catalog;
        QTest::newRow("eleven") << Catalog::fromFile(fixture(u"eleven-dimensions.json"_qs)).catalog;
        QTest::newRow("hand-built") << handBuiltCatalog();
    }

    void roundTrip()
    {
        QFETCH(Catalog, catalog);
        QVERIFY(!catalog.dimensions.isEmpty());
        const QByteArray json = catalog.toJson();
        const Catalog::ParseResult parsed = Catalog::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.catalog, catalog);
        QCOMPARE(parsed.catalog.toJson(), json); // stable output: snapshots compare byte-wise
    }

    void fileErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << u"does-not-exist.json"_qs
                                 << u"catalog file \"does-not-exist.json\" does not exist"_qs;
        QTest::newRow("not json") << u"not-json.json"_qs
                                  << u"catalog file \"not-json.json\": not valid JSON: "_qs;
        QTest::newRow("foreign") << u"foreign.json"_qs
                                 << u"catalog file \"foreign.json\": not a Dialogpunkte catalog"_qs;
        QTest::newRow("array")
            << u"array.json"_qs
            << u"catalog file \"array.json\": not a Dialogpunkte catalog: the document is not a JSON object"_qs;
        QTest::newRow("newer")
            << u"newer-version.json"_qs
            << u"catalog file \"newer-version.json\": \"formatVersion\" 2 is newer"_qs;
        QTest::newRow("no text")
            << u"statement-without-text.json"_qs
            << u"catalog file \"statement-without-text.json\": dimensions[2].statements[0]: \"text\" is missing"_qs;
    }

    void fileErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const Catalog::ParseResult result = Catalog::fromFile(fixture(file));
        QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
    }

    void documentedExampleIsValid()
    {
        QFile doc(QStringLiteral(DP_SOURCE_DIR "/docs/catalog-format.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(u"```json\n"_qs);
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf(u"```"_qs, start + 8);
        const QByteArray example = text.mid(start + 8, end - start - 8).toUtf8();
        const Catalog::ParseResult result = Catalog::fromJson(example);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.catalog.scaleFor(result.catalog.dimensions.first().statements.at(1))->kind,
            Scale::Kind::Bipolar);
    }

    void tooLargeFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"huge.json"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Catalog::MaxFileSize + 1));
        file.close();
        QCOMPARE(Catalog::fromFile(file.fileName()).error,
            u"catalog file \"huge.json\" is too large (%1 bytes; the limit is 5 MB)"_qs.arg(
                Catalog::MaxFileSize + 1));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A directory exists but cannot be read as a file, even when the tests run as root.
        const Catalog::ParseResult result = Catalog::fromFile(dir.path());
        QVERIFY2(result.error.startsWith(u"cannot read catalog file"_qs), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
