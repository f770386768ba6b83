import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks before the editor is left with changes that are not exported: export them (to the path
// shown), discard them, or stay. "Stay" has the focus, so Return or a stray tap loses nothing.
Dialog {
    id: dialog

    // False while the catalog is not valid: it cannot be exported, only kept or discarded.
    property bool canSave: true
    property string path

    signal saveRequested
    signal discardRequested

    objectName: "leaveEditorDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 460, 520)
    modal: true
    title: qsTr("Leave with unsaved changes?")
    onOpened: stayButton.forceActiveFocus()

    Overlay.modal: Rectangle {
        color: "#66000000"
    }

    contentItem: Label {
        objectName: "leaveEditorText"
        wrapMode: Text.Wrap
        color: "#1a1a1a"
        text: dialog.canSave ? qsTr("The catalog has changes that are not exported yet. Export them to %1?").arg(dialog.path) : qsTr("The catalog has changes that are not exported yet, and it cannot be exported until its problems are fixed.")
    }

    footer: Flow {
        padding: 12
        spacing: 8
        layoutDirection: Qt.RightToLeft

        Button {
            objectName: "leaveSaveButton"
            visible: dialog.canSave
            text: qsTr("Export and leave")
            Accessible.name: text
            onClicked: {
                dialog.close();
                dialog.saveRequested();
            }
        }
        Button {
            objectName: "leaveDiscardButton"
            text: qsTr("Discard changes")
            Accessible.name: text
            onClicked: {
                dialog.close();
                dialog.discardRequested();
            }
        }
        Button {
            id: stayButton

            objectName: "leaveStayButton"
            text: qsTr("Keep editing")
            Accessible.name: text
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: dialog.close()
        }
    }
}
