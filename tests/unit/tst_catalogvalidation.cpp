#include "catalog/catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dp;

namespace {

// A valid catalog with all three scale kinds; each test row breaks exactly one thing in it.
const char* const BaseCatalog = R"({
  "format": "dialogpunkte-catalog",
  "formatVersion": 1,
  "id": "base",
  "title": {"de": "Basis", "en": "Base"},
  "languages": ["de", "en"],
  "defaultScale": "agree6",
  "scales": [
    {"id": "agree6", "kind": "ordinal", "points": 6,
     "labels": ["1", "2", "3", "4", "5", "6"]},
    {"id": "profil", "kind": "bipolar", "points": 7, "midpoint": true,
     "leftPole": "lose", "rightPole": "verbindlich"},
    {"id": "faces", "kind": "pictogram", "points": 5,
     "pictograms": ["very-sad", "sad", "neutral", "happy", "very-happy"]}
  ],
  "dimensions": [
    {"id": "d1", "title": "Eins", "statements": [
      {"id": "s1", "text": {"de": "Aussage eins", "en": "Statement one"}},
      {"id": "s2", "text": "Aussage zwei", "scale": "profil"}
    ]},
    {"id": "d2", "title": "Zwei", "statements": [
      {"id": "s3", "text": "Aussage drei", "scale": "faces"}
    ]}
  ]
})";

// Replaces (or with `remove`, deletes) the value at a path like "scales/0/points".
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value, bool remove)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty() && remove)
            array.removeAt(index);
        else
            array[index] = path.isEmpty() ? value : replaced(array.at(index), path, value, remove);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && remove)
        object.remove(head);
    else
        object[head] = path.isEmpty() ? value : replaced(object.value(head), path, value, remove);
    return object;
}

} // namespace

/// Every way a catalog can be wrong yields a clear message naming the offending place.
class TestCatalogValidation : public QObject
{
    Q_OBJECT

private slots:
    void baseIsValid()
    {
        const Catalog::ParseResult result = Catalog::fromJson(BaseCatalog);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.catalog.statementCount(), 3);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value"); // JSON text; empty removes the field
        QTest::addColumn<QString>("expected");

        QTest::newRow("format missing") << u"format"_qs << QByteArray()
                                        << u"not a Dialogpunkte catalog: \"format\" is missing"_qs;
        QTest::newRow("foreign format")
            << u"format"_qs << QByteArray("\"limesurvey\"")
            << u"not a Dialogpunkte catalog: \"format\" must be \"dialogpunkte-catalog\""_qs;
        QTest::newRow("newer version")
            << u"formatVersion"_qs << QByteArray("2")
            << u"\"formatVersion\" 2 is newer than this app understands (1)"_qs;
        QTest::newRow("version zero") << u"formatVersion"_qs << QByteArray("0")
                                      << u"\"formatVersion\" must be at least 1 (got 0)"_qs;
        QTest::newRow("version text") << u"formatVersion"_qs << QByteArray("\"1\"")
                                      << u"\"formatVersion\" must be a whole number"_qs;
        QTest::newRow("version missing")
            << u"formatVersion"_qs << QByteArray() << u"\"formatVersion\" is missing"_qs;
        QTest::newRow("id missing") << u"id"_qs << QByteArray() << u"\"id\" is missing"_qs;
        QTest::newRow("id invalid")
            << u"id"_qs << QByteArray("\"a b\"") << u"\"id\" \"a b\" is not a valid id"_qs;
        QTest::newRow("title missing") << u"title"_qs << QByteArray() << u"\"title\" is missing"_qs;
        QTest::newRow("title type")
            << u"title"_qs << QByteArray("5") << u"title: must be a string or an object"_qs;
        QTest::newRow("title language") << u"title"_qs << QByteArray(R"({"deutsch": "x"})")
                                        << u"title: \"deutsch\" is not a language code"_qs;
        QTest::newRow("languages twice") << u"languages"_qs << QByteArray(R"(["de", "de"])")
                                         << u"languages[1]: \"de\" is listed twice"_qs;
        QTest::newRow("languages empty")
            << u"languages"_qs << QByteArray("[]") << u"\"languages\" must be a non-empty array"_qs;
        QTest::newRow("scales missing")
            << u"scales"_qs << QByteArray() << u"\"scales\" is missing"_qs;
        QTest::newRow("scales empty")
            << u"scales"_qs << QByteArray("[]") << u"\"scales\" must not be empty"_qs;
        QTest::newRow("scale not object")
            << u"scales/1"_qs << QByteArray("\"profil\"") << u"scales[1]: must be an object"_qs;
        QTest::newRow("duplicate scale")
            << u"scales/1/id"_qs << QByteArray("\"agree6\"")
            << u"scales[1]: duplicate scale id \"agree6\" (first used at scales[0])"_qs;
        QTest::newRow("ordinal points low")
            << u"scales/0/points"_qs << QByteArray("3")
            << u"scales[0]: \"points\" must be between 4 and 10 for ordinal scales (got 3)"_qs;
        QTest::newRow("ordinal points high")
            << u"scales/0/points"_qs << QByteArray("12")
            << u"scales[0]: \"points\" must be between 4 and 10"_qs;
        QTest::newRow("bipolar points high")
            << u"scales/1/points"_qs << QByteArray("11")
            << u"scales[1]: \"points\" must be between 4 and 10 for bipolar scales (got 11)"_qs;
        QTest::newRow("pictogram points low")
            << u"scales/2/points"_qs << QByteArray("2")
            << u"scales[2]: \"points\" must be between 3 and 10 for pictogram scales (got 2)"_qs;
        QTest::newRow("labels count")
            << u"scales/0/labels/5"_qs << QByteArray()
            << u"scales[0]: \"labels\" has 5 entries but the scale has 6 points"_qs;
        QTest::newRow("label empty") << u"scales/0/labels/2"_qs << QByteArray("\"\"")
                                     << u"scales[0].labels[2]: label is empty"_qs;
        QTest::newRow("midpoint even")
            << u"scales/0/midpoint"_qs << QByteArray("true")
            << u"scales[0]: \"midpoint\" needs an odd number of points (got 6)"_qs;
        QTest::newRow("bipolar no left pole")
            << u"scales/1/leftPole"_qs << QByteArray()
            << u"scales[1]: \"leftPole\" is missing (a bipolar scale needs both poles)"_qs;
        QTest::newRow("bipolar no right pole")
            << u"scales/1/rightPole"_qs << QByteArray()
            << u"scales[1]: \"rightPole\" is missing (a bipolar scale needs both poles)"_qs;
        QTest::newRow("pictogram without pictograms")
            << u"scales/2/pictograms"_qs << QByteArray()
            << u"scales[2]: a pictogram scale needs \"pictograms\""_qs;
        QTest::newRow("pictogram count")
            << u"scales/2/pictograms/0"_qs << QByteArray()
            << u"scales[2]: \"pictograms\" has 4 entries but the scale has 5 points"_qs;
        QTest::newRow("unknown default scale")
            << u"defaultScale"_qs << QByteArray("\"nope\"")
            << u"\"defaultScale\" refers to unknown scale \"nope\""_qs;
        QTest::newRow("dimensions missing")
            << u"dimensions"_qs << QByteArray() << u"\"dimensions\" is missing"_qs;
        QTest::newRow("dimensions empty")
            << u"dimensions"_qs << QByteArray("[]") << u"\"dimensions\" must not be empty"_qs;
        QTest::newRow("dimensions type")
            << u"dimensions"_qs << QByteArray("{}") << u"\"dimensions\" must be an array"_qs;
        QTest::newRow("dimension not object")
            << u"dimensions/1"_qs << QByteArray("7") << u"dimensions[1]: must be an object"_qs;
        QTest::newRow("dimension title missing") << u"dimensions/0/title"_qs << QByteArray()
                                                 << u"dimensions[0]: \"title\" is missing"_qs;
        QTest::newRow("duplicate dimension")
            << u"dimensions/1/id"_qs << QByteArray("\"d1\"")
            << u"dimensions[1]: duplicate dimension id \"d1\" (first used at dimensions[0])"_qs;
        QTest::newRow("dimension without statements")
            << u"dimensions/1/statements"_qs << QByteArray("[]")
            << u"dimensions[1]: \"statements\" must not be empty"_qs;
        QTest::newRow("statement without text")
            << u"dimensions/1/statements/0/text"_qs << QByteArray()
            << u"dimensions[1].statements[0]: \"text\" is missing"_qs;
        QTest::newRow("statement blank text")
            << u"dimensions/0/statements/1/text"_qs << QByteArray("\"  \"")
            << u"dimensions[0].statements[1]: \"text\" is empty"_qs;
        QTest::newRow("statement text value")
            << u"dimensions/0/statements/0/text/en"_qs << QByteArray("[1]")
            << u"dimensions[0].statements[0].text: \"en\" must be a string"_qs;
        QTest::newRow("statement id missing")
            << u"dimensions/0/statements/0/id"_qs << QByteArray()
            << u"dimensions[0].statements[0]: \"id\" is missing"_qs;
        QTest::newRow("duplicate statement")
            << u"dimensions/1/statements/0/id"_qs << QByteArray("\"s1\"")
            << u"dimensions[1].statements[0]: duplicate statement id \"s1\" (first used at dimensions[0].statements[0])"_qs;
        QTest::newRow("unknown statement scale")
            << u"dimensions/0/statements/1/scale"_qs << QByteArray("\"likert7\"")
            << u"dimensions[0].statements[1]: \"scale\" refers to unknown scale \"likert7\""_qs;
    }

    void rejects()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);

        const QJsonObject base = QJsonDocument::fromJson(BaseCatalog).object();
        const QJsonValue newValue = value.isEmpty()
            ? QJsonValue()
            : QJsonDocument::fromJson("[" + value + "]").array().first();
        const QJsonValue broken = replaced(base, path.split(u'/'), newValue, value.isEmpty());
        const QByteArray json = QJsonDocument(broken.toObject()).toJson();

        const Catalog::ParseResult result = Catalog::fromJson(json);
        QVERIFY2(!result.ok(), "a broken catalog was accepted");
        QVERIFY2(result.error.startsWith(expected),
            qPrintable(u"expected \"%1\", got \"%2\""_qs.arg(expected, result.error)));
        QCOMPARE(result.catalog, Catalog()); // callers never see a half-parsed catalog
    }

    void rejectsNonJson()
    {
        const Catalog::ParseResult result = Catalog::fromJson("{\n  \"format\": \"x\",\n  oops\n}");
        QVERIFY(result.error.startsWith(u"not valid JSON: "_qs));
        QVERIFY2(result.error.contains(u"line 3"_qs), qPrintable(result.error));
        QVERIFY(Catalog::fromJson(QByteArray()).error.startsWith(u"not valid JSON"_qs));
    }

    void rejectsNonObject()
    {
        QCOMPARE(Catalog::fromJson("[1, 2]").error,
            u"not a Dialogpunkte catalog: the document is not a JSON object"_qs);
        QCOMPARE(Catalog::fromJson("\"catalog\"").error.isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalogvalidation.moc"
