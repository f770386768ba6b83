import QtQuick
import QtTest
import Dialogpunkte
import "pagetaps.js" as Taps

// The attendee's flow through the real pages, driven by clicks on controls found by objectName.
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
            const item = findChild(page(), name);
            verify(item !== null, "control '" + name + "' on " + shell.currentPage);
            return item;
        }

        function tap(name) {
            Taps.tap(test, control(name), name);
        }

        function waitForPage(name) {
            tryCompare(shell, "currentPage", name);
        }

        function startSession(catalogId, groupId) {
            waitForPage("startPage");
            tap("catalogOption_" + catalogId);
            if (groupId)
                tap("groupOption_" + groupId);
            tap("startButton");
            waitForPage("ratingPage");
        }

        function init() {
            Workshop.shared.unlock("2468");
            Workshop.backToStart();
            Workshop.shared.disable();
            Language.language = "en";
            shell = createTemporaryObject(shellComponent, root);
            verify(shell !== null);
        }

        function test_rateChangeAndFinish() {
            startSession("qualitaetsrahmen", "professional");
            compare(Workshop.groupId, "professional");
            const flow = Workshop.flow;
            compare(flow.index, 0);
            compare(control("statementText").text, flow.statementText);
            verify(flow.statementText.length > 0);
            tap("scaleOption_4");
            compare(flow.currentAnswer, 4);
            compare(flow.saveState, RatingFlow.SavedLocally);
            compare(findChild(shell, "saveIndicator").label, "Saved on this device");
            verify(control("scaleOption_4").checked);
            tap("nextButton");
            compare(flow.index, 1);
            compare(control("nextButton").text, "Skip");
            tap("cannotJudgeButton");
            compare(flow.currentAnswer, 0);
            verify(control("cannotJudgeButton").checked);
            compare(control("nextButton").text, "Next");
            tap("overviewButton");
            waitForPage("overviewPage");
            tryCompare(control("overviewAnswer_0"), "text", "somewhat agree");
            compare(control("overviewAnswer_1").text, "can't judge");
            compare(control("overviewAnswer_2").text, "open");
            tap("overviewRow_0");
            waitForPage("ratingPage");
            compare(flow.index, 0);
            verify(control("scaleOption_4").checked);
            tap("scaleOption_6");
            compare(flow.currentAnswer, 6);
            compare(flow.answeredCount, 2);
            tap("overviewButton");
            waitForPage("overviewPage");
            tryCompare(control("overviewAnswer_0"), "text", "strongly agree");
            tap("overviewFinishButton");
            waitForPage("finishPage");
            compare(Workshop.phase, Workshop.Finished);
            verify(control("finishSummary").text.indexOf("2 of 46") >= 0);
            tap("reviewButton");
            waitForPage("ratingPage");
            compare(flow.answeredCount, 2);
        }

        function test_backAndFinishOnTheLastStatement() {
            startSession("qualitaetsrahmen", "");
            compare(Workshop.groupId, "");
            verify(!control("backButton").enabled);
            tap("nextButton");
            tap("backButton");
            compare(Workshop.flow.index, 0);
            Workshop.flow.goTo(Workshop.flow.count - 1);
            tryVerify(() => control("finishButton").visible);
            verify(!control("nextButton").visible);
            tap("finishButton");
            waitForPage("finishPage");
        }

        function test_sharedDeviceShowsTheNextPersonNothing() {
            waitForPage("startPage");
            tap("sharedDeviceSwitch");
            control("sharedCodeField").text = "2468";
            tap("sharedCodeButton");
            verify(Workshop.sharedDevice);
            startSession("elternfeedback", "parent");
            const flow = Workshop.flow;
            const first = flow.pseudonym;
            compare(flow.scaleOptions.kind, "pictogram");
            tap("scaleOption_5");
            compare(flow.currentAnswer, 5);
            tap("nextButton");
            tap("scaleOption_2");
            compare(flow.answeredCount, 2);
            tap("overviewButton");
            waitForPage("overviewPage");
            tap("overviewFinishButton");
            waitForPage("thankYouPage");
            compare(findChild(page(), "statementText"), null);
            compare(Workshop.overview.count, 0);
            tap("nextRespondentButton");
            waitForPage("ratingPage");
            verify(flow.pseudonym !== first);
            compare(flow.index, 0);
            compare(flow.answeredCount, 0);
            compare(flow.currentAnswer, -1);
            verify(!control("scaleOption_5").checked);
            compare(findChild(shell, "saveIndicator").label, "");
            tap("overviewButton");
            waitForPage("overviewPage");
            compare(control("overviewAnswer_0").text, "open");
            compare(control("overviewAnswer_1").text, "open");
        }

        function test_languageSwitchTranslatesAndMirrors() {
            startSession("qualitaetsrahmen", "");
            const english = Workshop.flow.statementText;
            compare(control("nextButton").text, "Skip");
            Language.language = "de";
            tryCompare(control("nextButton"), "text", "Überspringen");
            verify(Workshop.flow.statementText !== english);
            compare(Qt.application.layoutDirection, Qt.LeftToRight);
            Language.language = "ar";
            tryCompare(Qt.application, "layoutDirection", Qt.RightToLeft);
            const back = control("backButton");
            const next = control("nextButton");
            // mirrored: "back" sits on the right, "next" on the left
            tryVerify(() => back.mapToItem(shell, 0, 0).x > next.mapToItem(shell, 0, 0).x, 1000, "mirrored navigation");
            compare(Workshop.flow.statementText, english); // no Arabic text: English fallback
            Language.language = "en";
            tryCompare(Qt.application, "layoutDirection", Qt.LeftToRight);
            tryVerify(() => back.mapToItem(shell, 0, 0).x < next.mapToItem(shell, 0, 0).x, 1000, "navigation left to right again");
        }

        // Parents answer in their own language: the catalog's texts and the page around them.
        function test_parentsPagesSpeakTheCatalogLanguages() {
            startSession("elternfeedback", "");
            const expected = {
                "tr": "Atla",
                "ar": "تخطٍّ",
                "ru": "Пропустить",
                "uk": "Пропустити",
                "de": "Überspringen"
            };
            for (const language in expected) {
                Language.language = language;
                tryCompare(control("nextButton"), "text", expected[language]);
                compare(control("overviewButton").text === "Overview", false, language);
            }
            // A language without a translation of the pages falls back to English.
            Language.language = "fr";
            tryCompare(control("nextButton"), "text", "Skip");
            Language.language = "en";
        }

        function test_resumeFromTheStartPage() {
            startSession("qualitaetsrahmen", "volunteer");
            tap("scaleOption_3");
            tap("nextButton");
            const pseudonym = Workshop.flow.pseudonym;
            Workshop.backToStart();
            waitForPage("startPage");
            tap("resumeButton");
            waitForPage("ratingPage");
            compare(Workshop.flow.pseudonym, pseudonym);
            compare(Workshop.flow.index, 1); // the first open statement
            tap("backButton");
            verify(control("scaleOption_3").checked);
            compare(Workshop.groupId, "volunteer");
        }

        function test_newRoundShowsANoticeAndEmptyAnswers() {
            startSession("qualitaetsrahmen", "");
            const flow = Workshop.flow;
            const first = flow.statementId;
            verify(!control("roundNotice").visible);
            tap("scaleOption_4");
            tap("nextButton");
            tap("scaleOption_2");
            tap("overviewButton");
            waitForPage("overviewPage");
            tap("overviewFinishButton");
            waitForPage("finishPage");
            // The moderator starts round 2 and keeps only the first statement open.
            Workshop.followWorkshop(2, [first]);
            waitForPage("ratingPage");
            compare(flow.round, 2);
            compare(flow.index, 0);
            compare(flow.answeredCount, 0);
            compare(flow.currentAnswer, -1);
            const notice = control("roundNotice");
            tryVerify(() => notice.visible);
            verify(control("roundNoticeText").text.indexOf("Round 2") >= 0);
            verify(!control("scaleOption_4").checked);
            verify(!control("statementClosed").visible);
            tap("scaleOption_5");
            compare(flow.currentAnswer, 5);
            tap("roundNoticeDismissButton");
            tryVerify(() => !notice.visible);
            tap("nextButton");
            compare(flow.index, 1);
            tryVerify(() => control("statementClosed").visible);
            verify(!control("answerScale").enabled);
            compare(flow.answeredCount, 1);
        }

        function test_brokenCatalogFileShowsAReason() {
            waitForPage("startPage");
            const field = control("catalogFileField");
            field.text = "/nonexistent/katalog.json";
            tap("catalogFileButton");
            const error = control("catalogFileError");
            tryVerify(() => error.visible);
            verify(error.text.indexOf("katalog.json") >= 0);
            compare(Workshop.phase, Workshop.Start);
        }

        name: "RatingPages"
        when: windowShown
    }
}
