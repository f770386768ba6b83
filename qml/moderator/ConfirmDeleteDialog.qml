import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Asks before a workshop is deleted for good: names it and says that it cannot be undone.
Dialog {
    id: dialog

    property string sessionId
    property string workshopTitle

    signal confirmed(string sessionId)

    function ask(id, title) {
        sessionId = id;
        workshopTitle = title;
        open();
    }

    objectName: "confirmDeleteDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - ModeratorStyle.margin * 2 : 400, ModeratorStyle.metrics.averageCharacterWidth * 60)
    modal: true
    title: qsTr("Delete workshop?")

    ColumnLayout {
        anchors.fill: parent
        spacing: ModeratorStyle.spacing

        Label {
            objectName: "confirmDeleteText"
            Layout.fillWidth: true
            text: qsTr("“%1” will be deleted with all its answers, participants and notes. This cannot be undone.").arg(dialog.workshopTitle)
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
            objectName: "confirmDeleteButton"
            primary: true
            text: qsTr("Delete for good")
            onClicked: {
                dialog.close();
                dialog.confirmed(dialog.sessionId);
            }
        }

        ModeratorButton {
            objectName: "cancelDeleteButton"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
