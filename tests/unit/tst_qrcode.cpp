// QrCode: the module matrix of a text as libqrencode makes it: the size follows the version,
// the three finder patterns sit in their corners, longer texts need larger versions, and a text
// no QR code can hold is refused with a readable error.
#include "moderation/qrcode.h"

#include <QTest>

using namespace dp;

namespace {

// A finder pattern: a dark 7×7 ring, a light ring inside it and a dark 3×3 centre.
bool finderAt(const QrCode& code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class QrCodeTest : public QObject
{
    Q_OBJECT

private slots:
    void joinLinkMakesASmallCode()
    {
        QString error;
        const QrCode code
            = QrCode::encode(QStringLiteral("http://192.168.178.123:47800/?room=123456"),
                QrCode::ErrorCorrection::Medium, &error);
        QVERIFY2(!code.isNull(), qPrintable(error));
        // 41 bytes at level M need version 3 (up to 42 bytes): 29 modules a side, few enough
        // to be read from the back of a room.
        QCOMPARE(code.version(), 3);
        QCOMPARE(code.size(), 29);
        QCOMPARE(code.modules().size(), 29 * 29);
        QVERIFY(finderAt(code, 0, 0));
        QVERIFY(finderAt(code, code.size() - 7, 0));
        QVERIFY(finderAt(code, 0, code.size() - 7));
        QVERIFY(!finderAt(code, code.size() - 7, code.size() - 7)); // no fourth corner
        // The timing pattern between the top finders alternates, dark first.
        for (int x = 8; x < code.size() - 8; ++x)
            QCOMPARE(code.isDark(x, 6), x % 2 == 0);
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(0, code.size()));
    }

    void sizeFollowsTheVersion_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("version");
        // Byte capacities at level M: version 1 holds 14, 2 holds 26, 10 holds 213.
        QTest::newRow("14 bytes") << 14 << 1;
        QTest::newRow("15 bytes") << 15 << 2;
        QTest::newRow("200 bytes") << 200 << 10;
    }

    void sizeFollowsTheVersion()
    {
        QFETCH(int, length);
        QFETCH(int, version);
        const QrCode code = QrCode::encode(QString(length, QLatin1Char('a')));
        QCOMPARE(code.version(), version);
        QCOMPARE(code.size(), 17 + 4 * version);
        QVERIFY(finderAt(code, 0, 0));
    }

    void higherErrorCorrectionNeedsMoreModules()
    {
        const QString link = QStringLiteral("http://10.0.0.7:47800/?room=654321");
        const QrCode low = QrCode::encode(link, QrCode::ErrorCorrection::Low);
        const QrCode high = QrCode::encode(link, QrCode::ErrorCorrection::High);
        QVERIFY(!low.isNull() && !high.isNull());
        QVERIFY(high.size() > low.size());
    }

    void refusesWhatNoCodeHolds()
    {
        QString error;
        // Version 40 at level L holds 2953 bytes; umlauts take two bytes each in UTF-8.
        QVERIFY(!QrCode::encode(QString(2953, QLatin1Char('a')), QrCode::ErrorCorrection::Low)
                     .isNull());
        const QrCode tooLong
            = QrCode::encode(QString(1477, QChar(0x00FC)), QrCode::ErrorCorrection::Low, &error);
        QVERIFY(tooLong.isNull());
        QCOMPARE(tooLong.size(), 0);
        QVERIFY2(error.contains(QStringLiteral("too long")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("2954")));
        error.clear();
        QVERIFY(QrCode::encode(QString(), QrCode::ErrorCorrection::Medium, &error).isNull());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(QrCodeTest)
#include "tst_qrcode.moc"
