import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// Reads and writes catalog JSON files by path, starts a new catalog and marks unsaved changes.
ToolBar {
    id: bar

    required property CatalogEditor editor
    property string status
    // The path follows the catalog id until the user types or imports a path of their own.
    property bool pathChosen: false

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
        TextField {
            id: pathField

            objectName: "catalogPath"
            Accessible.name: qsTr("Catalog file path")
            Layout.fillWidth: true
            placeholderText: qsTr("Path of a catalog JSON file")
            Component.onCompleted: text = bar.editor.defaultFilePath()
            onTextEdited: bar.pathChosen = true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6

            Button {
                objectName: "importButton"
                Accessible.name: text
                text: qsTr("Import")
                onClicked: {
                    if (bar.editor.importFile(pathField.text))
                        bar.status = qsTr("Imported from %1").arg(pathField.text);
                }
            }
            Button {
                objectName: "exportButton"
                Accessible.name: text
                text: qsTr("Export")
                enabled: bar.editor.valid
                onClicked: {
                    if (bar.editor.exportFile(pathField.text))
                        bar.status = qsTr("Saved to %1").arg(pathField.text);
                }
            }
            Button {
                objectName: "newCatalogButton"
                Accessible.name: text
                text: qsTr("New catalog")
                onClicked: {
                    bar.pathChosen = false;
                    bar.editor.newCatalog();
                }
            }
        }
    }
}
