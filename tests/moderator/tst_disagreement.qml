import QtQuick
import QtTest
import Dialogpunkte.Moderator
import Dialogpunkte.Test

// "Where we disagree": ranked by the spread of answers when it is opened, with what arrived
// while another view was shown, and never ranking statements whose results are still hidden.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        name: "Disagreement"
        when: windowShown

        Component {
            id: shellComponent

            ModeratorShell {
                width: root.width
                height: root.height
            }
        }

        function show(shell, view) {
            shell.showView(view);
            waitForRendering(shell);
            wait(50);
        }

        function shownRows(list) {
            const rows = [];
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i);
                if (row)
                    rows.push(row);
            }
            return rows;
        }

        function test_a_sortedWhenOpened() {
            Moderator.hideUntilRevealed = false;
            const shell = createTemporaryObject(shellComponent, root);
            show(shell, "lobby");
            SampleFeed.feed(Moderator.statementIds.length * 6 + 20); // the first 20 get one answer more
            show(shell, "disagreement");
            const list = findChild(shell, "disagreementList");
            compare(list.count, Moderator.statementIds.length);
            const rows = shownRows(list);
            verify(rows.length > 3);
            for (let i = 1; i < rows.length; ++i)
                verify(rows[i - 1].dispersion >= rows[i].dispersion, "row " + i + ": " + rows[i - 1].dispersion + " < " + rows[i].dispersion);
            verify(rows[0].dispersion > rows[rows.length - 1].dispersion, "the answers differ in spread");
        }

        function test_b_hiddenStatementsAreNotRanked() {
            Moderator.hideUntilRevealed = true;
            const shell = createTemporaryObject(shellComponent, root);
            show(shell, "disagreement");
            const list = findChild(shell, "disagreementList");
            compare(list.count, 0);
            verify(findChild(shell, "disagreementHint").visible);
            const shown = [Moderator.statementIds[2], Moderator.statementIds[5]];
            for (const id of shown)
                Moderator.setRevealed(id, true);
            tryCompare(list, "count", 2);
            for (const row of shownRows(list))
                verify(shown.indexOf(row.statementId) >= 0, row.statementId);
            Moderator.hideUntilRevealed = false;
            tryCompare(list, "count", Moderator.statementIds.length);
        }
    }
}
