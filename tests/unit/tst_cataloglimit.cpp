// One limit on statements: a catalog above it is refused where it is read (so no hub can host
// it), and everything up to it reaches the devices, whose protocol uses the same constant.
#include "catalog/catalog.h"
#include "catalog/cataloglimits.h"
#include "sync/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dp;

namespace {

// A valid catalog with `statements` statements, 100 per dimension.
QByteArray catalogWith(int statements)
{
    QJsonArray dimensions;
    QJsonArray current;
    for (int i = 0; i < statements; ++i) {
        current.append(QJsonObject { { "id", QStringLiteral("s%1").arg(i) }, { "text", "x" } });
        if (current.size() == 100 || i == statements - 1) {
            dimensions.append(QJsonObject { { "id", QStringLiteral("d%1").arg(dimensions.size()) },
                { "title", "D" }, { "statements", current } });
            current = {};
        }
    }
    const QJsonObject catalog { { "format", "dialogpunkte-catalog" }, { "formatVersion", 1 },
        { "id", "big" }, { "title", "Big" },
        { "scales",
            QJsonArray {
                QJsonObject { { "id", "four" }, { "kind", "ordinal" }, { "points", 4 } } } },
        { "dimensions", dimensions } };
    return QJsonDocument(catalog).toJson(QJsonDocument::Compact);
}

// The state a hub would send for `catalog`, every statement open.
QByteArray stateFor(const Catalog& catalog)
{
    protocol::State state;
    state.snapshot.session.id = "s";
    state.snapshot.session.title = "Big";
    state.snapshot.session.date = QDate(2024, 5, 6);
    state.snapshot.session.createdAt = QDateTime(QDate(2024, 5, 6), QTime(8, 0), Qt::UTC);
    state.snapshot.session.catalog = catalog;
    state.snapshot.phase = SessionPhase::Rating;
    for (const Statement& statement : catalog.allStatements())
        state.snapshot.openStatements.append(statement.id);
    state.seal = QString(64, '0');
    return protocol::encode(state);
}

} // namespace

class TestCatalogLimit : public QObject
{
    Q_OBJECT

private slots:
    void theLimitItselfReachesEveryDevice()
    {
        const auto parsed = Catalog::fromJson(catalogWith(MaxCatalogStatements));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const auto decoded = protocol::decodeToDevice(stateFor(parsed.catalog));
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorText));
        QCOMPARE(std::get<protocol::State>(*decoded.message).snapshot.openStatements.size(),
            MaxCatalogStatements);
    }

    void oneMoreIsRefusedWhereTheCatalogIsRead()
    {
        const auto parsed = Catalog::fromJson(catalogWith(MaxCatalogStatements + 1));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains("at most 10000 statements"), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains("dimensions[100]"), qPrintable(parsed.error));
    }

    void devicesRefuseMoreOpenStatementsThanTheLimit()
    {
        // A hub of another make could still send more: the device's schema has the same bound.
        const auto parsed = Catalog::fromJson(catalogWith(MaxCatalogStatements));
        QVERIFY(parsed.ok());
        QJsonObject state = QJsonDocument::fromJson(stateFor(parsed.catalog)).object();
        QJsonArray open = state.value("openStatements").toArray();
        open.append("s0");
        state.insert("openStatements", open);
        const auto decoded
            = protocol::decodeToDevice(QJsonDocument(state).toJson(QJsonDocument::Compact));
        QCOMPARE(decoded.error, protocol::ErrorCode::BadField);
        QVERIFY2(decoded.errorText.contains("openStatements"), qPrintable(decoded.errorText));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLimit)
#include "tst_cataloglimit.moc"
