import QtQuick
import QtTest
import Dialogpunkte.Moderator
import Dialogpunkte.Test

// Steps the room would notice ask first or can be taken back: the next round and ending the
// workshop ask in a dialog (cancel changes nothing), closing voting offers an undo for a while.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        name: "Confirmations"
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
            shell.showView(view);
            waitForRendering(shell);
            wait(50);
            return shell;
        }

        function click(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            verify(found.visible, name + " visible");
            mouseClick(found);
        }

        function test_a_nextRoundAsksFirst() {
            const shell = createShell("lobby");
            const round = Moderator.round;
            const dialog = findChild(shell, "nextRoundDialog");
            click(shell, "nextRoundButton");
            tryCompare(dialog, "opened", true);
            compare(Moderator.round, round, "nothing happens before the answer");
            verify(findChild(dialog.contentItem, "nextRoundDialogText").text.indexOf("round " + (round + 1)) >= 0);
            click(dialog.footer, "nextRoundDialogCancel");
            tryCompare(dialog, "visible", false);
            compare(Moderator.round, round);
            click(shell, "nextRoundButton");
            tryCompare(dialog, "opened", true);
            click(dialog.footer, "nextRoundDialogConfirm");
            tryCompare(dialog, "visible", false);
            compare(Moderator.round, round + 1);
        }

        function test_b_closingVotingCanBeUndone() {
            Moderator.setAllOpen(true);
            const shell = createShell("overview");
            const bar = findChild(shell, "undoBar");
            verify(!bar.visible);
            const dimension = Moderator.dimensions[0];
            const controls = findChild(shell, "dimensionControls_" + dimension.id);
            click(controls, "openButton");
            for (const id of dimension.statements)
                verify(!Moderator.isOpen(id), id);
            tryCompare(bar, "visible", true);
            verify(findChild(bar, "undoText").text.indexOf(String(dimension.statements.length)) >= 0);
            click(bar, "undoButton");
            for (const id of dimension.statements)
                verify(Moderator.isOpen(id), id);
            tryCompare(bar, "visible", false);
            // Without an undo the offer goes away by itself once its time is up.
            click(controls, "openButton");
            tryCompare(bar, "visible", true);
            findChild(bar, "undoTimer").interval = 100;
            tryCompare(bar, "visible", false, 2000);
            for (const id of dimension.statements)
                verify(!Moderator.isOpen(id), id);
            compare(Moderator.undoClose(), false);
            Moderator.setAllOpen(true);
        }

        function test_z_endingAsksFirst() {
            const shell = createShell("lobby");
            const dialog = findChild(shell, "endWorkshopDialog");
            click(shell, "endWorkshopButton");
            tryCompare(dialog, "opened", true);
            verify(Moderator.hosting, "nothing happens before the answer");
            click(dialog.footer, "endWorkshopDialogCancel");
            tryCompare(dialog, "visible", false);
            verify(Moderator.hosting);
            click(shell, "endWorkshopButton");
            tryCompare(dialog, "opened", true);
            click(dialog.footer, "endWorkshopDialogConfirm");
            tryCompare(Moderator, "hosting", false);
        }
    }
}
