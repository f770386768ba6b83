#include "rawsql.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace dp::test {

QStringList schemaV1Statements()
{
    QFile file(QStringLiteral(DP_TEST_SUPPORT_DATA_DIR "/storage/schema-v1.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--")))
            statements << line;
    }
    return statements;
}

void runRawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement.left(80)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int rawCount(const QString& path, const QString& statement)
{
    const QString name = QStringLiteral("inspect-%1").arg(QRandomGenerator::global()->generate());
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0).toInt();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace dp::test
