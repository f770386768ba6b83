#pragma once

#include <QString>
#include <QStringList>

namespace dp::test {

// The statements of the version 1 database fixture, comments and blank lines left out.
QStringList schemaV1Statements();

// Runs statements on a plain SQLite connection, as another program would; a failing one fails
// the current test.
void runRawSql(const QString& path, const QStringList& statements);

// The first column of the first row a statement returns on a plain connection, or -1.
int rawCount(const QString& path, const QString& statement);

} // namespace dp::test
