import QtQuick
import QtTest
import Dialogpunkte.Moderator

// The workshops page over a real workshop library: preparing a workshop with some dimensions,
// own groups, k and a new series; the next workshop of a series; archive and restore; delete
// only after confirming (cancel keeps it); the retention setting; the export signal.
TestCase {
    id: test

    name: "Workshops"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    Component {
        id: pageComponent

        WorkshopsPage {
            width: test.width
            height: test.height
        }
    }

    SignalSpy {
        id: exportSpy

        signalName: "exportRequested"
    }

    function createPage() {
        Workshops.showArchived = false;
        const page = createTemporaryObject(pageComponent, test);
        verify(page);
        waitForRendering(page);
        return page;
    }

    function card(page, title) {
        const list = page.list;
        const row = rowOf(title);
        if (row < 0)
            return null;
        list.positionViewAtIndex(row, ListView.Beginning);
        waitForRendering(list);
        return findChild(list, "workshopCard_" + title);
    }

    function rowOf(title) {
        const list = Workshops.workshops;
        for (let i = 0; i < list.count; ++i) {
            if (list.data(list.index(i, 0), Qt.DisplayRole) === title)
                return i;
        }
        return -1;
    }

    function click(parent, name) {
        const item = findChild(parent, name);
        verify(item, name);
        verify(item.visible, name + " visible");
        // The form is longer than the window: scroll the control into view first.
        for (let up = item.parent; up; up = up.parent) {
            if (up.objectName === "newWorkshopForm") {
                waitForRendering(up); // the layout may still grow (e.g. the series title field)
                const y = item.mapToItem(up.contentItem, 0, 0).y;
                up.contentY = Math.max(0, Math.min(y - up.height / 2, up.contentHeight - up.height));
                waitForRendering(up);
                break;
            }
        }
        mouseClick(item);
        return item;
    }

    function prepare(page, title) {
        page.openNewWorkshopForm();
        const form = page.newWorkshopForm;
        tryCompare(form, "visible", true);
        findChild(form, "newTitleField").text = title;
        click(form, "createWorkshopButton");
        tryVerify(() => rowOf(title) >= 0, 2000, Workshops.errorText);
        compare(page.creating, false);
    }

    function test_createWithDimensionSubsetGroupsKAndSeries() {
        const page = createPage();
        click(page, "newWorkshopButton");
        const form = page.newWorkshopForm;
        tryCompare(form, "visible", true);
        findChild(form, "newTitleField").text = "Cluster 4, Werkstatt 1";
        findChild(form, "newDateField").text = "14.04.2026";
        const checklist = findChild(form, "dimensionChecklist");
        const dimensions = checklist.dimensions;
        verify(dimensions.length >= 3);
        compare(checklist.chosenIds().length, dimensions.length, "all chosen at first");
        // Keep only the first and the third dimension.
        for (let i = 0; i < dimensions.length; ++i) {
            if (i !== 0 && i !== 2)
                click(form, "dimension_" + dimensions[i].id);
        }
        compare(checklist.chosenIds(), [dimensions[0].id, dimensions[2].id]);
        // Rename the first default group, remove the second, add a municipality.
        findChild(form, "groupField_0").text = "Gemeinde Nord";
        click(form, "removeGroupButton_1");
        click(form, "addGroupButton");
        const groups = findChild(form, "groupsEditor").names();
        findChild(form, "groupField_" + (groups.length - 1)).text = "Gemeinde Süd";
        findChild(form, "kSpinBox").value = 4;
        const seriesBox = findChild(form, "seriesBox");
        seriesBox.currentIndex = seriesBox.count - 1;
        tryCompare(findChild(form, "newSeriesField"), "visible", true);
        findChild(form, "newSeriesField").text = "Cluster 4";
        click(form, "createWorkshopButton");
        compare(Workshops.errorText, "");
        tryVerify(() => rowOf("Cluster 4, Werkstatt 1") >= 0, 2000);
        compare(page.creating, false);
        const created = card(page, "Cluster 4, Werkstatt 1");
        verify(created);
        compare(created.dimensionTitles, [dimensions[0].title, dimensions[2].title]);
        compare(created.groupNames[0], "Gemeinde Nord");
        compare(created.groupNames[created.groupNames.length - 1], "Gemeinde Süd");
        compare(created.groupNames.length, groups.length);
        compare(created.anonymityThreshold, 4);
        compare(created.seriesTitle, "Cluster 4");
        compare(created.seriesPosition, 1);
        compare(created.dateText, "14.04.2026");
        verify(findChild(created, "compareSeriesButton").visible);
    }

    function test_badInputShowsErrorAndKeepsForm() {
        const page = createPage();
        const before = Workshops.workshops.count;
        page.openNewWorkshopForm();
        const form = page.newWorkshopForm;
        findChild(form, "newTitleField").text = "Ohne Datum";
        findChild(form, "newDateField").text = "irgendwann";
        click(form, "createWorkshopButton");
        compare(Workshops.workshops.count, before);
        verify(page.creating, "the form stays open");
        verify(findChild(form, "newWorkshopError").visible);
        click(form, "cancelNewWorkshopButton");
        compare(page.creating, false);
    }

    function test_duplicateAsNextWorkshop() {
        const page = createPage();
        prepare(page, "Werkstatt A1");
        click(card(page, "Werkstatt A1"), "duplicateButton");
        const dialog = page.duplicateDialog;
        tryCompare(dialog, "opened", true);
        compare(findChild(dialog.contentItem, "duplicateTitleField").text, "Werkstatt A1");
        findChild(dialog.contentItem, "duplicateTitleField").text = "Werkstatt A2";
        findChild(dialog.contentItem, "duplicateDateField").text = "01.10.2026";
        click(dialog.footer, "confirmDuplicateButton");
        tryCompare(dialog, "visible", false);
        const next = card(page, "Werkstatt A2");
        verify(next);
        compare(next.seriesPosition, 2);
        compare(next.seriesTitle, "Werkstatt A1");
        compare(card(page, "Werkstatt A1").seriesPosition, 1);
    }

    function test_archiveAndRestore() {
        const page = createPage();
        prepare(page, "Zum Archivieren");
        click(card(page, "Zum Archivieren"), "archiveButton");
        tryVerify(() => rowOf("Zum Archivieren") < 0);
        click(page, "archivedTab");
        tryCompare(Workshops, "showArchived", true);
        const archived = card(page, "Zum Archivieren");
        verify(archived);
        verify(!findChild(archived, "hostButton").visible, "archived workshops are not hosted");
        compare(findChild(archived, "archiveButton").text, "Restore");
        click(archived, "archiveButton");
        tryVerify(() => rowOf("Zum Archivieren") < 0);
        click(page, "activeTab");
        tryCompare(Workshops, "showArchived", false);
        verify(rowOf("Zum Archivieren") >= 0);
    }

    function test_deleteOnlyAfterConfirming() {
        const page = createPage();
        prepare(page, "Zum Löschen");
        const dialog = page.deleteDialog;
        click(card(page, "Zum Löschen"), "deleteButton");
        tryCompare(dialog, "opened", true);
        const text = findChild(dialog.contentItem, "confirmDeleteText").text;
        verify(text.indexOf("Zum Löschen") >= 0, text);
        verify(text.indexOf("cannot be undone") >= 0, text);
        click(dialog.footer, "confirmDeleteCancel");
        tryCompare(dialog, "visible", false);
        verify(rowOf("Zum Löschen") >= 0, "cancel keeps the workshop");
        click(card(page, "Zum Löschen"), "deleteButton");
        tryCompare(dialog, "opened", true);
        click(dialog.footer, "confirmDeleteConfirm");
        tryVerify(() => rowOf("Zum Löschen") < 0);
        tryCompare(dialog, "visible", false);
    }

    function test_hostedWorkshopIsNotDeleted() {
        const page = createPage();
        verify(Moderator.hosting);
        const dialog = page.deleteDialog;
        click(card(page, "Test"), "deleteButton");
        tryCompare(dialog, "opened", true);
        click(dialog.footer, "confirmDeleteConfirm");
        verify(rowOf("Test") >= 0);
        verify(findChild(page, "workshopsErrorText").visible);
    }

    function test_retentionSetting() {
        const page = createPage();
        const box = findChild(page.list, "retentionCheckBox");
        verify(box);
        page.list.positionViewAtEnd();
        waitForRendering(page.list);
        compare(Workshops.retentionDays, 0);
        mouseClick(box);
        compare(Workshops.retentionDays, 365);
        findChild(page.list, "retentionDaysBox").value = 30;
        findChild(page.list, "retentionDaysBox").valueModified();
        compare(Workshops.retentionDays, 30);
        mouseClick(box);
        compare(Workshops.retentionDays, 0);
    }

    function test_exportSignalNamesTheWorkshop() {
        const page = createPage();
        exportSpy.target = page;
        exportSpy.clear();
        prepare(page, "Zum Exportieren");
        click(card(page, "Zum Exportieren"), "exportButton");
        compare(exportSpy.count, 1);
        const row = rowOf("Zum Exportieren");
        compare(exportSpy.signalArguments[0][0], Workshops.workshops.data(Workshops.workshops.index(row, 0), Qt.UserRole + 1));
    }
}
