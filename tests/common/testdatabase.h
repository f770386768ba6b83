#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

namespace dp::test {

// Opens database on a file in dir named after the running test function, so every test function
// starts empty; a failure fails the current test.
void openPerTestDatabase(Database& database, const QTemporaryDir& dir);

} // namespace dp::test
