// The moderator's list of devices: numbered, connected or not, browser or app — and nothing
// that identifies a device.
#include "sync/devicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dp;

class TestDeviceListModel : public QObject
{
    Q_OBJECT

private slots:
    void countsBrowsersWithoutNamingAnyone()
    {
        DeviceListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy browsers(&model, &DeviceListModel::browserCountChanged);
        model.markConnected("device-a", true);
        model.markBrowser("device-a", false);
        model.markConnected("device-b", true);
        model.markBrowser("device-b", true);
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.connectedCount(), 2);
        QCOMPARE(model.browserCount(), 1);
        QCOMPARE(browsers.count(), 1);
        QCOMPARE(model.data(model.index(0), DeviceListModel::BrowserRole).toBool(), false);
        QCOMPARE(model.data(model.index(1), DeviceListModel::BrowserRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), DeviceListModel::NumberRole).toInt(), 2);
        QVERIFY(model.roleNames().values().contains("browser"));
        for (const QByteArray& role : model.roleNames())
            QVERIFY2(!role.contains("id") && !role.contains("address"), role.constData());
        for (int role : model.roleNames().keys())
            QVERIFY(!model.data(model.index(1), role).toString().contains("device-b"));
        model.clear();
        QCOMPARE(model.browserCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceListModel)
#include "tst_devicelistmodel.moc"
