import QtQuick
import QtTest
import Dialogpunkte.Moderator
import Dialogpunkte.Reports

// The moderator's shell before hosting, wired as in the app: a workshop's card opens the export
// panel for that workshop (and exporting works from there), a series workshop's card opens the
// comparison of its series, and "back" returns to the list.
TestCase {
    id: test

    name: "Library"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    Component {
        id: shellComponent

        ModeratorShell {
            width: test.width
            height: test.height
        }
    }

    function initTestCase() {
        Moderator.stopHosting();
        Workshops.showArchived = false;
    }

    function createShell() {
        const shell = createTemporaryObject(shellComponent, test);
        verify(shell);
        tryVerify(() => findChild(shell, "workshopsPage") !== null);
        waitForRendering(shell);
        return shell;
    }

    function rowOf(id) {
        const list = Workshops.workshops;
        for (let i = 0; i < list.count; ++i) {
            if (list.data(list.index(i, 0), Qt.UserRole + 1) === id)
                return i;
        }
        return -1;
    }

    function clickOnCard(shell, id, title, button) {
        const page = findChild(shell, "workshopsPage");
        const row = rowOf(id);
        verify(row >= 0, title);
        page.list.positionViewAtIndex(row, ListView.Beginning);
        waitForRendering(page.list);
        const card = findChild(page.list, "workshopCard_" + title);
        verify(card, title);
        const control = findChild(card, button);
        verify(control && control.visible, button);
        mouseClick(control);
    }

    function test_exportPanelForTheChosenWorkshop() {
        const id = Workshops.createWorkshop({
                "title": "Export aus der Liste",
                "date": "2026-11-20",
                "catalogId": "qualitaetsrahmen"
            });
        verify(id.length > 0, Workshops.errorText);
        const shell = createShell();
        clickOnCard(shell, id, "Export aus der Liste", "exportButton");
        compare(shell.libraryView, "export");
        const slot = findChild(shell, "exportViewSlot");
        tryCompare(slot, "visible", true);
        const panel = slot.item;
        verify(panel);
        compare(panel.sessionId, id);
        verify(findChild(panel, "exportPath").text.length > 0);
        waitForRendering(panel); // the panel's layout settles after the switch
        const exportButton = findChild(panel, "exportButton");
        verify(exportButton.enabled);
        mouseClick(exportButton);
        tryVerify(() => Exports.succeeded || Exports.errorText.length > 0, 10000);
        verify(Exports.succeeded, Exports.errorText);
        compare(Exports.lastFiles.length, 1);
        verify(Exports.lastFiles[0].endsWith(".pdf"));
        verify(Exports.lastFiles[0].startsWith(Exports.baseFolder));
        mouseClick(findChild(slot, "backToWorkshopsButton"));
        compare(shell.libraryView, "workshops");
    }

    function test_seriesComparisonForTheChosenSeries() {
        const first = Workshops.createWorkshop({
                "title": "Reihe Werkstatt 1",
                "date": "2026-03-02",
                "catalogId": "qualitaetsrahmen",
                "newSeriesTitle": "Cluster Test"
            });
        verify(first.length > 0, Workshops.errorText);
        const second = Workshops.duplicateAsNext(first, "2026-09-14", "Reihe Werkstatt 2");
        verify(second.length > 0, Workshops.errorText);
        const shell = createShell();
        clickOnCard(shell, second, "Reihe Werkstatt 2", "compareSeriesButton");
        compare(shell.libraryView, "series");
        const slot = findChild(shell, "seriesViewSlot");
        tryCompare(slot, "visible", true);
        const view = slot.item;
        verify(view);
        verify(view.seriesId.length > 0);
        compare(view.seriesId, shell.selectedSeriesId);
        tryCompare(SeriesComparison, "seriesTitle", "Cluster Test");
        compare(SeriesComparison.workshops.length, 2);
        mouseClick(findChild(slot, "backToWorkshopsButton"));
        compare(shell.libraryView, "workshops");
    }
}
