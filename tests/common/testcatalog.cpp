#include "testcatalog.h"

#include <QtGlobal>

namespace dp::test {

Catalog testCatalog()
{
    const auto parsed
        = Catalog::fromFile(QStringLiteral(DP_TEST_SUPPORT_DATA_DIR "/storage/test-catalog.json"));
    if (!parsed.ok())
        qFatal("test catalog: %s", qPrintable(parsed.error));
    return parsed.catalog;
}

} // namespace dp::test
