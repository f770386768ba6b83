import QtQuick
import QtTest
import Dialogpunkte
import "pagetaps.js" as Taps

// A tablet passed from hand to hand: sharing is switched on with the moderator's unlock code,
// a respondent cannot leave the participant's pages without it, and the next person starts in
// the tablet's language.
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

        function page() {
            return shell.currentItem;
        }

        function control(name) {
            tryVerify(() => findChild(page(), name) !== null, 1000, "control '" + name + "' on " + shell.currentPage);
            return findChild(page(), name);
        }

        function tap(name) {
            Taps.tap(test, control(name), name);
        }

        function waitForPage(name) {
            tryCompare(shell, "currentPage", name);
        }

        // A respondent of the parents' feedback answers one statement and finishes.
        function answerAndFinish() {
            tap("scaleOption_4");
            tap("overviewButton");
            waitForPage("overviewPage");
            tap("overviewFinishButton");
            waitForPage("thankYouPage");
        }

        function init() {
            Workshop.shared.unlock("2468");
            Workshop.backToStart();
            Workshop.shared.disable();
            Language.language = "en";
            shell = createTemporaryObject(shellComponent, root);
            verify(shell !== null);
            waitForPage("startPage");
        }

        function test_sharingAsksForTheModeratorsCode() {
            tap("sharedDeviceSwitch");
            verify(control("sharedCodeField").visible);
            verify(!Workshop.sharedDevice);
            control("sharedCodeField").text = "12";
            tap("sharedCodeButton");
            verify(!Workshop.sharedDevice);
            tryVerify(() => control("sharedError").visible);
            verify(control("sharedError").text.indexOf("4") >= 0, control("sharedError").text);
            control("sharedCodeField").text = "2468";
            tap("sharedCodeButton");
            verify(Workshop.sharedDevice);
            tryVerify(() => !control("sharedCodeField").visible);
            verify(control("sharedDeviceSwitch").checked);
        }

        function test_respondentCannotLeaveWithoutTheCode() {
            verify(Workshop.shared.enable("2468"));
            tap("catalogOption_elternfeedback");
            tap("startButton");
            waitForPage("ratingPage");
            verify(Workshop.locked);
            answerAndFinish();
            // No way to the start page, the moderator's screens or the settings.
            verify(!control("homeButton").visible);
            const hold = control("moderatorUnlockButton");
            verify(hold.visible);
            mouseClick(hold);
            verify(!control("unlockCodeField").visible, "a tap is not enough");
            mousePress(hold);
            wait(Qt.styleHints.mousePressAndHoldInterval + 300);
            mouseRelease(hold);
            tryVerify(() => control("unlockCodeField").visible);
            control("unlockCodeField").text = "1111";
            tap("unlockButton");
            tryVerify(() => control("unlockError").visible);
            compare(shell.currentPage, "thankYouPage");
            verify(Workshop.locked);
            control("unlockCodeField").text = "2468";
            tap("unlockButton");
            waitForPage("startPage");
            verify(!Workshop.locked);
            verify(control("moderatorCard").visible);
            verify(control("sharedDeviceSwitch").checked);
        }

        function test_nextPersonStartsInTheTabletsLanguage() {
            Language.language = "de";
            verify(Workshop.shared.enable("2468"));
            tap("catalogOption_elternfeedback");
            tap("startButton");
            waitForPage("ratingPage");
            Language.language = "tr";
            tryCompare(control("nextButton"), "text", "Atla");
            answerAndFinish();
            // Thanked in the language the person chose.
            verify(control("nextRespondentButton").text !== "Start for the next person");
            tap("nextRespondentButton");
            waitForPage("ratingPage");
            compare(Language.language, "de");
            tryCompare(control("nextButton"), "text", "Überspringen");
        }

        name: "SharedTablet"
        when: windowShown
    }
}
