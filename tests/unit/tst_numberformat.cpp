// Figures are written by the locale of the language they are shown in, on screen and on paper.
#include "stats/numberformat.h"

#include <QTest>

using namespace dp;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void byLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("median");
        QTest::addColumn<QString>("quartile");
        QTest::addColumn<QString>("whole");
        QTest::addColumn<QString>("consensus");
        QTest::addColumn<QString>("shift");
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("none");
        QTest::newRow("de") << "de"
                            << "3,5"
                            << "2,25"
                            << "4"
                            << "0,49"
                            << "+0,5"
                            << "-0,12"
                            << "0,00";
        QTest::newRow("en") << "en"
                            << "3.5"
                            << "2.25"
                            << "4"
                            << "0.49"
                            << "+0.5"
                            << "-0.12"
                            << "0.00";
    }

    void byLanguage()
    {
        QFETCH(QString, language);
        const QLocale locale = numbers::localeFor(language);
        QTEST(numbers::compact(3.5, 2, locale), "median");
        QTEST(numbers::compact(2.25, 2, locale), "quartile");
        QTEST(numbers::compact(4.0, 2, locale), "whole");
        QTEST(numbers::fixed(0.4913, 2, locale), "consensus");
        QTEST(numbers::signedFixed(0.5, 1, locale), "shift");
        QTEST(numbers::signedFixed(-0.1234, 2, locale), "drop");
        // a rounding to zero shows no sign and no "-0"
        QTEST(numbers::signedFixed(-0.001, 2, locale), "none");
    }

    void largeNumbersHaveNoGroupSeparator()
    {
        QCOMPARE(numbers::compact(1234.5, 1, numbers::localeFor("de")), QStringLiteral("1234,5"));
        QCOMPARE(numbers::fixed(1234.5, 1, numbers::localeFor("en")), QStringLiteral("1234.5"));
    }

    void unknownLanguageIsEnglish()
    {
        QCOMPARE(numbers::localeFor(QString()).language(), QLocale::English);
        QCOMPARE(numbers::compact(3.5, 1, numbers::localeFor("tr")), QStringLiteral("3,5"));
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
