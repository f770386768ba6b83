import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks before something is deleted from the catalog, names it and what goes with it. Cancel has
// the focus, Return and Escape cancel, so a stray tap or key deletes nothing. The buttons are
// named after the dialog: <objectName>Confirm and <objectName>Cancel.
Dialog {
    id: dialog

    property string text
    // Further lines, e.g. the statements that use a scale; only the first few are listed.
    property var details: []
    // False when the deletion is refused: the dialog only explains and closes.
    property bool canConfirm: true
    readonly property int shownDetails: 5

    signal confirmed

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 460, 520)
    modal: true
    onOpened: cancelButton.forceActiveFocus()

    // Not every style dims behind a modal dialog; the page must visibly wait for the answer.
    Overlay.modal: Rectangle {
        color: "#66000000"
    }

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            objectName: dialog.objectName + "Text"
            Accessible.name: text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#1a1a1a"
            text: dialog.text
        }
        Repeater {
            model: dialog.details.slice(0, dialog.shownDetails)

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                Layout.leftMargin: 12
                color: "#1a1a1a"
                text: "• " + modelData
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: dialog.objectName + "More"
            visible: dialog.details.length > dialog.shownDetails
            Layout.fillWidth: true
            Layout.leftMargin: 12
            color: "#1a1a1a"
            text: qsTr("… and %n more", "", dialog.details.length - dialog.shownDetails)
        }
    }

    footer: Flow {
        padding: 12
        spacing: 8
        layoutDirection: Qt.RightToLeft

        Button {
            id: confirmButton

            objectName: dialog.objectName + "Confirm"
            Accessible.name: text
            visible: dialog.canConfirm
            text: qsTr("Delete")
            // Red like the editor's error texts: this is the one button that loses work.
            contentItem: Label {
                text: confirmButton.text
                font: confirmButton.font
                color: "#ffffff"
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitWidth: 80
                implicitHeight: cancelButton.implicitHeight
                radius: 4
                color: confirmButton.down ? Qt.darker("#b3261e", 1.2) : "#b3261e"
            }
            onClicked: {
                dialog.close();
                dialog.confirmed();
            }
        }
        Button {
            id: cancelButton

            objectName: dialog.objectName + "Cancel"
            Accessible.name: text
            text: dialog.canConfirm ? qsTr("Cancel") : qsTr("Close")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: dialog.close()
        }
    }
}
