#include "browsertestcase.h"

#include <QTest>

namespace dp::test {

void BrowserTestCase::initTestCase()
{
    const QString reason = Browser::unavailableReason();
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_browser = std::make_unique<Browser>();
    QString error;
    QVERIFY2(m_browser->start(&error), qPrintable(error));
}

void BrowserTestCase::cleanupTestCase()
{
    m_browser.reset();
}

} // namespace dp::test
