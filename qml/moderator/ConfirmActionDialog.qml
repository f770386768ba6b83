import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Style

// Asks before a step the room would notice: says what happens, then acts on `confirmed`.
// Cancel has the focus, so Return or a stray tap changes nothing. The parts are named after the
// dialog: <objectName>Text, <objectName>Confirm and <objectName>Cancel.
Dialog {
    id: dialog

    property string text
    property string confirmText

    signal confirmed

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - ModeratorStyle.margin * 2 : 400, ModeratorStyle.metrics.averageCharacterWidth * 60)
    modal: true
    onOpened: cancelButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: ModeratorStyle.spacing

        Label {
            objectName: dialog.objectName + "Text"
            Layout.fillWidth: true
            text: dialog.text
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }
    }

    footer: Flow {
        padding: ModeratorStyle.spacing
        spacing: ModeratorStyle.spacing
        layoutDirection: Qt.RightToLeft

        ModeratorButton {
            objectName: dialog.objectName + "Confirm"
            primary: true
            text: dialog.confirmText
            onClicked: {
                dialog.close();
                dialog.confirmed();
            }
        }

        ModeratorButton {
            id: cancelButton

            objectName: dialog.objectName + "Cancel"
            text: qsTr("Cancel")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: dialog.close()
        }
    }
}
