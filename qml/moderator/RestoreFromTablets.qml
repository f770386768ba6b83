import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Restoring a lost database from the tablets, only when the moderator asks for it: the tablets
// that reconnect offer the workshops they hold, and only those this device hosted are listed,
// one button each with the workshop's title, date and the answers the tablets hold.
ColumnLayout {
    id: restore

    objectName: "restoreFromTablets"
    spacing: ModeratorStyle.spacing / 2

    ModeratorButton {
        objectName: "restoreFromTabletsButton"
        visible: !Moderator.restoring
        text: qsTr("Restore from the tablets")
        onClicked: Moderator.startRestore()
    }

    Label {
        objectName: "restoreWaitingText"
        Layout.fillWidth: true
        visible: Moderator.restoring
        text: Moderator.restoreOffers.count === 0 ? qsTr("Waiting for tablets of this device's workshops … Keep them on and in the same Wi-Fi; they come back by themselves.") : qsTr("Choose the workshop to restore. Its answers come back from the tablets.")
        color: ModeratorStyle.text
        font.pointSize: ModeratorStyle.bodyPoint
        wrapMode: Text.Wrap
    }

    Repeater {
        model: Moderator.restoring ? Moderator.restoreOffers : null

        delegate: ModeratorButton {
            required property string sessionId
            required property string title
            required property string dateText
            required property int answers
            required property int tablets

            objectName: "restoreOffer_" + sessionId
            Layout.fillWidth: true
            primary: true
            text: qsTr("%1 · %2 · %n answer(s) on the tablets", "", answers).arg(title).arg(dateText)
            onClicked: Moderator.restoreWorkshop(sessionId)
        }
    }

    ModeratorButton {
        objectName: "restoreCancelButton"
        visible: Moderator.restoring
        text: qsTr("Cancel restoring")
        onClicked: Moderator.stopRestore()
    }
}
