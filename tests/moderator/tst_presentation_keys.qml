import QtQuick
import QtTest
import Dialogpunkte.Moderator
import Dialogpunkte.Test

// The presentation is run from the keyboard or a clicker: R reveals and hides the results of the
// statement in focus, Q shows the QR code to join, H the key hints, which also show by
// themselves for a few seconds when the presentation starts.
Item {
    id: root

    width: 1280
    height: 800

    TestCase {
        name: "PresentationKeys"
        when: windowShown

        Component {
            id: shellComponent

            ModeratorShell {
                width: root.width
                height: root.height
            }
        }

        function present() {
            Moderator.hideUntilRevealed = true;
            Moderator.focusIndex = 0;
            const shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            shell.showView("overview");
            shell.forceActiveFocus();
            mouseClick(findChild(shell, "presentButton"));
            const presentation = findChild(shell, "presentationView");
            tryVerify(() => presentation.visible);
            return shell;
        }

        function test_revealWithR() {
            SampleFeed.feed(Moderator.statementIds.length * 6);
            const shell = present();
            const presentation = findChild(shell, "presentationView");
            const first = Moderator.focusStatementId;
            verify(!Moderator.isRevealed(first));
            keyClick(Qt.Key_R);
            verify(Moderator.isRevealed(first));
            tryVerify(() => presentation.plot.dotCount > 0);
            keyClick(Qt.Key_R);
            verify(!Moderator.isRevealed(first));
            tryCompare(presentation.plot, "dotCount", 0);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_R);
            verify(Moderator.isRevealed(Moderator.statementIds[1]));
            verify(!Moderator.isRevealed(first), "only the statement in focus");
        }

        function test_joinCodeWithQ() {
            const shell = present();
            const join = findChild(shell, "presentationJoin");
            verify(!join.visible);
            keyClick(Qt.Key_Q);
            verify(join.visible);
            compare(findChild(join, "joinQrCode").text, Moderator.webJoinUrl);
            keyClick(Qt.Key_Q);
            verify(!join.visible);
            keyClick(Qt.Key_Q);
            keyClick(Qt.Key_Escape);
            verify(!shell.presenting);
            mouseClick(findChild(shell, "presentButton"));
            verify(!shell.presentingJoin, "a new presentation starts with the statement");
        }

        function sceneRect(item) {
            const p = item.mapToItem(root, 0, 0);
            return Qt.rect(p.x, p.y, item.width, item.height);
        }

        function overlap(a, b) {
            const r = sceneRect(a);
            const s = sceneRect(b);
            return r.x < s.x + s.width && s.x < r.x + r.width && r.y < s.y + s.height && s.y < r.y + r.height;
        }

        // On a narrow screen (or in a longer language) the hints wrap instead of covering the
        // close button and the room code in the corners.
        function test_hintsLeaveTheCornersFree() {
            root.width = 800;
            const shell = present();
            const hints = findChild(shell, "keyHints");
            verify(hints.visible);
            const roomCode = findChild(shell, "presentationRoomCode");
            const close = findChild(shell, "closePresentationButton");
            verify(roomCode.text !== "");
            verify(!overlap(hints, roomCode), "hints over the room code");
            if (close.visible)
                verify(!overlap(hints, close), "hints over the close button");
            root.width = 1280;
        }

        function test_hintsShowAtStartAndWithH() {
            const shell = present();
            const hints = findChild(shell, "keyHints");
            verify(hints.visible, "shown when the presentation starts");
            const text = findChild(hints, "keyHintsText").text;
            verify(text.indexOf("R ") >= 0 && text.indexOf("Q ") >= 0 && text.indexOf("H ") >= 0, text);
            const timer = findChild(shell, "keyHintTimer");
            timer.interval = 50;
            timer.restart();
            tryCompare(hints, "visible", false);
            keyClick(Qt.Key_H);
            verify(hints.visible);
            keyClick(Qt.Key_H);
            verify(!hints.visible);
        }
    }
}
