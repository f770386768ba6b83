import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte
import Dialogpunkte.Moderator
import Dialogpunkte.Editor

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Dialogpunkte")
    color: Theme.background

    property bool catalogEditorOpen: false

    function openModeration() {
        Moderator.active = true;
    }

    function openCatalogEditor() {
        catalogEditorOpen = true;
    }

    AppShell {
        id: shell

        objectName: "appShell"
        anchors.fill: parent
        visible: !Moderator.active && !window.catalogEditorOpen
    }

    // The moderator's side of the app replaces the attendee's while it is open.
    Loader {
        objectName: "moderatorLoader"
        anchors.fill: parent
        active: Moderator.active

        sourceComponent: ModeratorShell {
            focus: true
            onCloseRequested: Moderator.active = false
        }
    }

    // The catalog editor works on a copy; sessions keep their own catalog snapshot.
    Loader {
        objectName: "catalogEditorLoader"
        anchors.fill: parent
        active: window.catalogEditorOpen

        sourceComponent: ColumnLayout {
            spacing: 0

            ActionButton {
                objectName: "closeCatalogEditorButton"
                Layout.fillWidth: true
                text: qsTr("Back to the start page")
                onClicked: editorPage.leave(() => window.catalogEditorOpen = false)
            }

            EditorPage {
                id: editorPage

                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
}
