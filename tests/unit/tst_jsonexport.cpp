// JSON export: parsed back and compared with what the database holds.
#include "../report/exportfixture.h"

#include "export/exporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dp;
using namespace dp::testing;

class JsonExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        QVERIFY(f.rate(f.people.at(0), 2, QStringLiteral("grundidee-1"), 6));
        const QString path = f.dir.filePath(QStringLiteral("x.json"));
        ExportOptions options;
        options.format = ExportOptions::Format::Json;
        const ExportResult result = Exporter(f.database).exportSession(f.session.id, path, options);
        QVERIFY2(result.ok, qPrintable(result.error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("format").toString(), "dialogpunkte-export");
        QCOMPARE(
            root.value("session").toObject().value("title").toString(), ExportFixture::title());
        QCOMPARE(root.value("session").toObject().value("rounds").toArray(), QJsonArray({ 1, 2 }));

        const QJsonArray answers = root.value("answers").toArray();
        QCOMPARE(answers.size(), f.ratings->ratingCount(f.session.id));
        int cannotJudge = 0;
        for (const QJsonValue& value : answers) {
            const QJsonObject a = value.toObject();
            const auto stored = f.ratings->rating(f.session.id, a.value("round").toInt(),
                a.value("statement_id").toString(), a.value("pseudonym").toString());
            QVERIFY(stored);
            // Nothing per device: no sequence, no device id.
            QVERIFY(!a.contains("sequence") && !a.contains("device_id"));
            if (a.value("cannot_judge").toInt() == 1) {
                ++cannotJudge;
                QVERIFY(a.value("answer").isNull());
            } else {
                QCOMPARE(a.value("answer").toInt(), stored->answer);
            }
        }
        QCOMPARE(cannotJudge, 3);

        const QJsonArray figures = root.value("figures").toArray();
        const auto find = [&](int round) {
            for (const QJsonValue& v : figures) {
                const QJsonObject o = v.toObject();
                if (o.value("statementId") == "grundidee-1" && o.value("round").toInt() == round)
                    return o;
            }
            return QJsonObject();
        };
        const QJsonObject first = find(1);
        QCOMPARE(first.value("total").toObject().value("counts").toArray(),
            QJsonArray({ 3, 0, 5, 0, 2, 6, 0 }));
        QCOMPARE(first.value("total").toObject().value("median").toDouble(), 4.0);
        const QJsonArray groups = first.value("groups").toArray();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(2).toObject().value("series").toString(), "other");
        QCOMPARE(groups.at(2).toObject().value("n").toInt(), 5);
        // Round 2 has one answer: the only group in it is below k, so no group is shown at all.
        const QJsonObject second = find(2);
        QCOMPARE(second.value("total").toObject().value("n").toInt(), 1);
        for (const QJsonValue& g : second.value("groups").toArray())
            QVERIFY(g.toObject().value("groupId").toString() != "a");
    }
};

QTEST_GUILESS_MAIN(JsonExportTest)
#include "tst_jsonexport.moc"
