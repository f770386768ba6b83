import QtQuick
import QtTest
import Dialogpunkte.Moderator
import Dialogpunkte.Test

// The moderator's dashboard over a real hosted workshop: hiding and revealing results, opening
// and closing voting, the next round and stepping through statements with the keys.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        id: testCase

        name: "Dashboard"
        when: windowShown

        Component {
            id: shellComponent

            ModeratorShell {
                width: root.width
                height: root.height
            }
        }

        function createShell(view) {
            const shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            show(shell, view);
            return shell;
        }

        // Switches the view and lets the layouts settle before anything is clicked.
        function show(shell, view) {
            shell.showView(view);
            shell.forceActiveFocus();
            waitForRendering(shell);
            wait(50);
        }

        function plotIn(item, name) {
            const plot = findChild(item, name);
            verify(plot, name);
            return plot;
        }

        function init() {
            Moderator.hideUntilRevealed = true;
            Moderator.focusIndex = 0;
            Moderator.setAllOpen(true);
        }

        function test_hiddenUntilRevealed() {
            const first = Moderator.statementIds[0];
            const before = Moderator.answerCount(first);
            SampleFeed.feed(Moderator.statementIds.length * 6);
            const expected = before + 6;
            const shell = createShell("focus");
            const focus = findChild(shell, "focusView");
            const plot = plotIn(focus, "focusPlot");
            tryCompare(plot, "answers", expected);
            compare(plot.revealed, false);
            compare(plot.dotCount, 0, "no dot is drawn before the results are revealed");
            verify(findChild(plot, "hiddenResultsCover").visible);
            const reveal = findChild(findChild(focus, "focusControls"), "revealButton");
            mouseClick(reveal);
            compare(Moderator.isRevealed(first), true);
            tryCompare(plot, "dotCount", expected);
            verify(!findChild(plot, "hiddenResultsCover").visible);
            mouseClick(reveal);
            compare(Moderator.isRevealed(first), false);
            tryCompare(plot, "dotCount", 0);
        }

        function test_revealDimension() {
            const shell = createShell("overview");
            const dimension = Moderator.dimensions[0];
            const controls = findChild(shell, "dimensionControls_" + dimension.id);
            verify(controls);
            mouseClick(findChild(controls, "revealButton"));
            for (const id of dimension.statements)
                verify(Moderator.isRevealed(id), id);
            verify(!Moderator.isRevealed(Moderator.dimensions[1].statements[0]));
            mouseClick(findChild(controls, "revealButton"));
            for (const id of dimension.statements)
                verify(!Moderator.isRevealed(id), id);
        }

        function test_openAndCloseVoting() {
            const shell = createShell("overview");
            const dimension = Moderator.dimensions[1];
            const controls = findChild(shell, "dimensionControls_" + dimension.id);
            const button = findChild(controls, "openButton");
            compare(button.text, "Close voting");
            mouseClick(button);
            for (const id of dimension.statements)
                verify(!Moderator.host.openStatements.includes(id), id);
            verify(Moderator.host.openStatements.includes(Moderator.dimensions[0].statements[0]));
            compare(button.text, "Open voting");
            mouseClick(button);
            for (const id of dimension.statements)
                verify(Moderator.host.openStatements.includes(id), id);
            show(shell, "lobby");
            mouseClick(findChild(shell, "closeAllButton"));
            compare(Moderator.host.openStatements.length, 0);
            mouseClick(findChild(shell, "openAllButton"));
            compare(Moderator.host.openStatements.length, Moderator.statementIds.length);
            show(shell, "focus");
            const single = findChild(findChild(shell, "focusControls"), "openButton");
            mouseClick(single);
            verify(!Moderator.isOpen(Moderator.focusStatementId));
            mouseClick(single);
            verify(Moderator.isOpen(Moderator.focusStatementId));
        }

        function test_focusNavigationWithKeys() {
            const shell = createShell("focus");
            const count = Moderator.statementIds.length;
            compare(Moderator.focusIndex, 0);
            keyClick(Qt.Key_Right);
            compare(Moderator.focusIndex, 1);
            keyClick(Qt.Key_PageDown);
            compare(Moderator.focusIndex, 2);
            keyClick(Qt.Key_PageUp);
            keyClick(Qt.Key_Left);
            compare(Moderator.focusIndex, 0);
            keyClick(Qt.Key_Left);
            compare(Moderator.focusIndex, 0, "does not step before the first statement");
            Moderator.focusIndex = count - 1;
            keyClick(Qt.Key_Right);
            compare(Moderator.focusIndex, count - 1, "does not step past the last statement");
            const plot = plotIn(findChild(shell, "focusView"), "focusPlot");
            compare(plot.statementId, Moderator.statementIds[count - 1]);
            mouseClick(findChild(shell, "previousStatementButton"));
            compare(Moderator.focusIndex, count - 2);
            mouseClick(findChild(shell, "nextStatementButton"));
            compare(Moderator.focusIndex, count - 1);
        }

        function test_presentationFollowsTheClicker() {
            const shell = createShell("overview");
            mouseClick(findChild(shell, "presentButton"));
            verify(shell.presenting);
            const presentation = findChild(shell, "presentationView");
            tryVerify(() => presentation.visible);
            keyClick(Qt.Key_PageDown);
            compare(Moderator.focusIndex, 1);
            compare(presentation.plot.statementId, Moderator.statementIds[1]);
            keyClick(Qt.Key_Escape);
            verify(!shell.presenting);
            verify(!presentation.visible);
        }

        function test_nextRoundHidesAgainAndStartsEmpty() {
            const shell = createShell("focus");
            const round = Moderator.round;
            const first = Moderator.statementIds[0];
            Moderator.setRevealed(first, true);
            const plot = plotIn(findChild(shell, "focusView"), "focusPlot");
            tryVerify(() => plot.dotCount > 0);
            show(shell, "lobby");
            const next = findChild(shell, "nextRoundButton");
            compare(next.text, "Start round " + (round + 1));
            mouseClick(next);
            const dialog = findChild(shell, "nextRoundDialog");
            tryCompare(dialog, "opened", true);
            mouseClick(findChild(dialog.footer, "nextRoundDialogConfirm"));
            compare(Moderator.round, round + 1);
            compare(Moderator.host.currentRound, round + 1);
            verify(!Moderator.isRevealed(first), "a new round hides the results again");
            tryCompare(plot, "answers", 0);
            SampleFeed.restart();
            SampleFeed.feed(Moderator.statementIds.length * 2);
            tryCompare(plot, "answers", 2);
        }

        function test_groupBreakdownNeverShowsSmallGroups() {
            Moderator.hideUntilRevealed = false;
            SampleFeed.feed(Moderator.statementIds.length * 30);
            const shell = createShell("focus");
            mouseClick(findChild(shell, "byGroupButton"));
            const plot = plotIn(findChild(shell, "focusView"), "focusPlot");
            tryVerify(() => plot.plotData.legend.length > 0);
            const counts = plot.plotData.counts;
            verify(plot.plotData.seriesIds.some(id => id !== "#other"), "groups large enough are shown");
            for (let series = 0; series < counts.length; ++series) {
                const total = counts[series].reduce((a, b) => a + b, 0);
                if (plot.plotData.seriesIds[series] !== "#other")
                    verify(total >= Moderator.minimumGroupSize, "group " + plot.plotData.seriesIds[series] + " has " + total);
            }
            Moderator.minimumGroupSize = 1;
            compare(Moderator.minimumGroupSize, 3, "never below three");
            Moderator.minimumGroupSize = 5;
        }
    }
}
