import QtQuick
import QtTest
import Dialogpunkte
import "pagetaps.js" as Taps

// The join card on the start page, filled in by objectName; without a hub the card must say why.
Item {
    id: root

    width: 1280
    height: 800

    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }

    TestCase {
        id: test

        property var shell: null

        name: "Join"
        when: windowShown

        function control(name) {
            tryVerify(() => findChild(shell.currentItem, name) !== null, 1000, "control " + name);
            return findChild(shell.currentItem, name);
        }

        function tap(name) {
            Taps.tap(test, control(name), name);
        }

        function init() {
            Workshop.backToStart();
            Join.clearError();
            Language.language = "en";
            shell = createTemporaryObject(shellComponent, root);
            verify(shell !== null);
            tryCompare(shell, "currentPage", "startPage");
        }

        function test_cardIsShownWithItsControls() {
            const card = control("joinCard");
            verify(card.visible);
            verify(!control("joinButton").enabled, "nothing to join yet");
            // The group is asked after joining, from the workshop's own groups.
            compare(findChild(card, "joinGroupOption_none"), null);
            compare(Join.busy, false);
        }

        function test_unreachableAddressIsExplained() {
            control("roomCodeFieldInput").text = "K7Q2";
            control("addressFieldInput").text = "127.0.0.1:1";
            tap("joinButton");
            tryVerify(() => !Join.busy, 5000);
            const error = control("joinErrorText");
            verify(error.visible);
            verify(error.text.indexOf("127.0.0.1:1") >= 0, error.text);
            compare(shell.currentPage, "startPage");
        }

        function test_badLinkIsRefused() {
            control("joinLinkFieldInput").text = "https://example.org/?room=K7Q2";
            tap("joinButton");
            verify(control("joinErrorText").text.indexOf("not a workshop link") >= 0, control("joinErrorText").text);
        }
    }
}
