#include "testdatabase.h"

#include <QTest>

namespace dp::test {

void openPerTestDatabase(Database& database, const QTemporaryDir& dir)
{
    QString error;
    QVERIFY2(
        database.open(
            dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
        qPrintable(error));
}

} // namespace dp::test
