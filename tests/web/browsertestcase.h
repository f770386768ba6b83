#pragma once

#include "browser.h"

#include <QObject>

#include <memory>

namespace dp::test {

/// Base of the web client's browser tests: one headless Chromium for the whole test program,
/// and every test skipped, with the reason, where chromium is not installed.
class BrowserTestCase : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<Browser> m_browser;

private slots:
    void initTestCase();
    void cleanupTestCase();
};

} // namespace dp::test
