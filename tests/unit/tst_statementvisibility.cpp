// StatementVisibility: with "hide until revealed" only the statements the moderator revealed
// (alone or with their dimension) are shown, in catalog order; a new round hides them again.
#include "moderation/statementvisibility.h"

#include <QTest>

using namespace dp;

namespace {
const QStringList statements { "n1", "n2", "p1", "p2" };
} // namespace

class StatementVisibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void hidesEverythingUntilRevealed()
    {
        StatementVisibility visibility;
        visibility.setStatementIds(statements);
        QVERIFY(visibility.hideUntilRevealed());
        QCOMPARE(visibility.revealedStatements(), QStringList());
        for (const QString& id : statements)
            QVERIFY(!visibility.isRevealed(id));
    }

    void revealsOneStatement()
    {
        StatementVisibility visibility;
        visibility.setStatementIds(statements);
        QVERIFY(visibility.setRevealed(QStringLiteral("p1"), true));
        QVERIFY(!visibility.setRevealed(QStringLiteral("p1"), true)); // no change
        QVERIFY(visibility.isRevealed(QStringLiteral("p1")));
        QVERIFY(!visibility.isRevealed(QStringLiteral("n1")));
        QCOMPARE(visibility.revealedStatements(), QStringList { "p1" });
        QVERIFY(visibility.setRevealed(QStringLiteral("p1"), false));
        QCOMPARE(visibility.revealedStatements(), QStringList());
    }

    void ignoresStatementsOfOtherWorkshops()
    {
        StatementVisibility visibility;
        visibility.setStatementIds(statements);
        QVERIFY(!visibility.setRevealed(QStringLiteral("x9"), true));
        QVERIFY(!visibility.isRevealed(QStringLiteral("x9")));
        visibility.setRevealed(QStringList { "x9", "n2" }, true);
        QCOMPARE(visibility.revealedStatements(), QStringList { "n2" });
    }

    void revealsADimensionExactly()
    {
        StatementVisibility visibility;
        visibility.setStatementIds(statements);
        visibility.setRevealed(QStringLiteral("n2"), true);
        visibility.setRevealed(QStringList { "p2", "p1" }, true);
        // Catalog order, not the order they were revealed in; n1 stays hidden.
        QCOMPARE(visibility.revealedStatements(), (QStringList { "n2", "p1", "p2" }));
        visibility.setRevealed(QStringList { "p1", "p2" }, false);
        QCOMPARE(visibility.revealedStatements(), QStringList { "n2" });
    }

    void showsEverythingWhenNotHiding()
    {
        StatementVisibility visibility;
        visibility.setStatementIds(statements);
        visibility.setRevealed(QStringLiteral("n1"), true);
        QVERIFY(visibility.setHideUntilRevealed(false));
        QVERIFY(!visibility.setHideUntilRevealed(false));
        QCOMPARE(visibility.revealedStatements(), statements);
        QVERIFY(visibility.isRevealed(QStringLiteral("p2")));
        // Hiding again shows only what was revealed before.
        QVERIFY(visibility.setHideUntilRevealed(true));
        QCOMPARE(visibility.revealedStatements(), QStringList { "n1" });
    }

    void aNewRoundOrWorkshopHidesEverythingAgain()
    {
        StatementVisibility visibility;
        visibility.setStatementIds(statements);
        visibility.setRevealed(statements, true);
        visibility.hideAll();
        QCOMPARE(visibility.revealedStatements(), QStringList());
        visibility.setRevealed(statements, true);
        visibility.setStatementIds({ "n1", "z1" });
        QVERIFY(!visibility.isRevealed(QStringLiteral("n1")));
        QCOMPARE(visibility.revealedStatements(), QStringList());
    }
};

QTEST_GUILESS_MAIN(StatementVisibilityTest)
#include "tst_statementvisibility.moc"
