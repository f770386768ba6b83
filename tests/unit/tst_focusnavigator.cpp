// FocusNavigator: the moderator's focus steps through the statement order, stops at both ends
// and ignores statements the workshop does not have.
#include "moderation/focusnavigator.h"

#include <QTest>

using namespace dp;

class FocusNavigatorTest : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheFirstStatement()
    {
        FocusNavigator focus;
        QCOMPARE(focus.index(), 0);
        QCOMPARE(focus.statementId(), QString());
        focus.setStatementIds({ "a", "b", "c" });
        QCOMPARE(focus.index(), 0);
        QCOMPARE(focus.statementId(), QStringLiteral("a"));
    }

    void stepsAndStopsAtBothEnds()
    {
        FocusNavigator focus;
        focus.setStatementIds({ "a", "b", "c" });
        QVERIFY(!focus.previous()); // no wrapping to the last statement
        QCOMPARE(focus.index(), 0);
        QVERIFY(focus.next());
        QVERIFY(focus.next());
        QCOMPARE(focus.statementId(), QStringLiteral("c"));
        QVERIFY(!focus.next()); // no wrapping to the first statement
        QCOMPARE(focus.index(), 2);
        QVERIFY(focus.previous());
        QCOMPARE(focus.statementId(), QStringLiteral("b"));
    }

    void clampsAnIndexOutOfRange()
    {
        FocusNavigator focus;
        focus.setStatementIds({ "a", "b", "c" });
        QVERIFY(focus.setIndex(99));
        QCOMPARE(focus.index(), 2);
        QVERIFY(focus.setIndex(-5));
        QCOMPARE(focus.index(), 0);
        QVERIFY(!focus.setIndex(0)); // already there: nothing moved
    }

    void withoutStatementsStaysAtZero()
    {
        FocusNavigator focus;
        QVERIFY(!focus.next());
        QVERIFY(!focus.setIndex(3));
        QCOMPARE(focus.index(), 0);
        QVERIFY(!focus.focus(QStringLiteral("a")));
    }

    void focusesByIdAndIgnoresUnknownIds()
    {
        FocusNavigator focus;
        focus.setStatementIds({ "a", "b", "c" });
        QVERIFY(focus.focus(QStringLiteral("c")));
        QCOMPARE(focus.index(), 2);
        QVERIFY(!focus.focus(QStringLiteral("c")));
        QVERIFY(!focus.focus(QStringLiteral("other workshop")));
        QCOMPARE(focus.statementId(), QStringLiteral("c"));
    }

    void aNewStatementOrderStartsAgainAtTheFirst()
    {
        FocusNavigator focus;
        focus.setStatementIds({ "a", "b", "c" });
        focus.setIndex(2);
        focus.setStatementIds({ "x", "y" });
        QCOMPARE(focus.index(), 0);
        QCOMPARE(focus.statementId(), QStringLiteral("x"));
        focus.setStatementIds({});
        QCOMPARE(focus.statementId(), QString());
    }
};

QTEST_GUILESS_MAIN(FocusNavigatorTest)
#include "tst_focusnavigator.moc"
