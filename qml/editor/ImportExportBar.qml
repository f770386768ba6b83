import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor
import Dialogpunkte.Style

// Reads and writes catalog JSON files (chosen with the file dialog, or typed), starts a new
// catalog and marks unsaved changes.
ToolBar {
    id: bar

    required property CatalogEditor editor
    property string status
    // The path follows the catalog id until the user types or imports a path of their own.
    property bool pathChosen: false
    property var pendingAction: null
    readonly property string path: pathField.text

    // Exports to the chosen path; true when the catalog is saved there.
    function exportNow() {
        if (!bar.editor.exportFile(pathField.text))
            return false;
        bar.status = qsTr("Saved to %1").arg(pathField.text);
        return true;
    }

    // Runs `action` (which replaces the edited catalog) at once, or after the user agrees to
    // discard unsaved changes.
    function whenSafe(action) {
        if (!bar.editor.dirty) {
            action();
            return;
        }
        bar.pendingAction = action;
        discardDialog.open();
    }

    Connections {
        target: bar.editor
        function onChanged() {
            if (bar.editor.dirty)
                bar.status = "";
            if (!bar.pathChosen)
                pathField.text = bar.editor.defaultFilePath();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 4
        spacing: 4

        RowLayout {
            Layout.fillWidth: true

            Label {
                objectName: "unsavedMark"
                visible: bar.editor.dirty
                color: "#b3261e"
                font.bold: true
                text: qsTr("● Unsaved changes")
            }
            Label {
                objectName: "saveStatus"
                visible: !bar.editor.dirty && bar.status !== ""
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                text: bar.status
            }
            Item {
                visible: bar.editor.dirty || bar.status === ""
                Layout.fillWidth: true
            }
        }
        PathField {
            id: pathField

            objectName: "catalogPath"
            accessibleName: qsTr("Catalog file path")
            dialogTitle: qsTr("Catalog file")
            nameFilters: [qsTr("Catalogs (*.json)")]
            Layout.fillWidth: true
            placeholderText: qsTr("Path of a catalog JSON file")
            Component.onCompleted: text = bar.editor.defaultFilePath()
            onEdited: bar.pathChosen = true
            onChosen: bar.pathChosen = true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6

            Button {
                objectName: "importButton"
                Accessible.name: text
                text: qsTr("Import")
                onClicked: bar.whenSafe(() => {
                        if (bar.editor.importFile(pathField.text))
                            bar.status = qsTr("Imported from %1").arg(pathField.text);
                    })
            }
            Button {
                objectName: "exportButton"
                Accessible.name: text
                text: qsTr("Export")
                enabled: bar.editor.valid
                onClicked: bar.exportNow()
            }
            Button {
                objectName: "newCatalogButton"
                Accessible.name: text
                text: qsTr("New catalog")
                onClicked: bar.whenSafe(() => {
                        bar.pathChosen = false;
                        bar.editor.newCatalog();
                    })
            }
        }
    }

    Dialog {
        id: discardDialog

        objectName: "discardDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 460)
        modal: true
        title: qsTr("Discard unsaved changes?")
        standardButtons: Dialog.Discard | Dialog.Cancel
        Component.onCompleted: {
            standardButton(Dialog.Discard).objectName = "discardButton";
            standardButton(Dialog.Cancel).objectName = "keepEditingButton";
        }
        onDiscarded: {
            close();
            const action = bar.pendingAction;
            bar.pendingAction = null;
            if (action)
                action();
        }
        onRejected: bar.pendingAction = null

        contentItem: Label {
            wrapMode: Text.Wrap
            text: qsTr("The catalog has changes that are not exported yet. Export it first to keep them.")
        }
    }
}
