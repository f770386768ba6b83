import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The room: the code and join link big enough for the projector, the connected devices, and
// the controls for the whole session (open or close everything, next round).
Item {
    id: page

    readonly property bool wide: width > height * 1.1
    // Grows with the page so the code stays readable from the back of the room.
    readonly property real codeSize: Math.max(ModeratorStyle.metrics.height * 2.5, Math.min(width / (wide ? 10 : 6), height / 6))

    objectName: "lobbyPage"

    GridLayout {
        anchors.fill: parent
        anchors.margins: ModeratorStyle.margin
        columns: page.wide ? 2 : 1
        columnSpacing: ModeratorStyle.margin
        rowSpacing: ModeratorStyle.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !page.wide ? false : true
            Layout.preferredWidth: page.wide ? page.width * 0.55 : page.width
            spacing: ModeratorStyle.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Room code")
                font.pointSize: ModeratorStyle.largePoint
                color: ModeratorStyle.mutedText
            }

            Label {
                objectName: "roomCodeText"
                Layout.fillWidth: true
                text: Moderator.host ? Moderator.host.roomCode : ""
                font.pixelSize: page.codeSize
                font.bold: true
                font.letterSpacing: page.codeSize * 0.08
                color: ModeratorStyle.text
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: ModeratorStyle.metrics.height * 1.5
                Accessible.name: qsTr("Room code %1").arg(text)
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Join link")
                font.pointSize: ModeratorStyle.largePoint
                color: ModeratorStyle.mutedText
            }

            TextEdit {
                objectName: "joinUrlText"
                Layout.fillWidth: true
                text: Moderator.joinUrl
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.pixelSize: Math.max(ModeratorStyle.metrics.height * 1.2, page.codeSize * 0.32)
                color: ModeratorStyle.accent
                Accessible.name: qsTr("Join link")
            }

            Flow {
                Layout.fillWidth: true
                spacing: ModeratorStyle.spacing * 0.5

                ModeratorButton {
                    objectName: "openAllButton"
                    text: qsTr("Open all statements")
                    onClicked: Moderator.setAllOpen(true)
                }

                ModeratorButton {
                    objectName: "closeAllButton"
                    text: qsTr("Close all statements")
                    onClicked: Moderator.setAllOpen(false)
                }

                ModeratorButton {
                    objectName: "nextRoundButton"
                    text: qsTr("Start round %1").arg(Moderator.round + 1)
                    onClicked: nextRoundDialog.open()
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 of %2 statements open for rating").arg(Moderator.openStatements.length).arg(Moderator.statementIds.length)
                font.pointSize: ModeratorStyle.bodyPoint
                color: ModeratorStyle.mutedText
                wrapMode: Text.Wrap
            }

            Item {
                Layout.fillHeight: true
                visible: page.wide
            }
        }

        DeviceList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: ModeratorStyle.touchTarget * 3
        }
    }

    ConfirmActionDialog {
        id: nextRoundDialog

        objectName: "nextRoundDialog"
        title: qsTr("Start round %1?").arg(Moderator.round + 1)
        text: qsTr("Everyone answers the open statements again for round %1. The answers of round %2 stay stored and can be compared later.").arg(Moderator.round + 1).arg(Moderator.round)
        confirmText: qsTr("Start round %1").arg(Moderator.round + 1)
        onConfirmed: Moderator.nextRound()
    }
}
