#pragma once

#include "catalog/catalog.h"

namespace dp::test {

// The small catalog in tests/unit/data/storage/test-catalog.json; aborts the test if it breaks.
Catalog testCatalog();

} // namespace dp::test
