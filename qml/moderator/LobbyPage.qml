import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The room: the code, the QR code of the browser's join link and the app's link big enough for
// the projector, the connected devices, and the controls for the whole session (open or close
// everything, next round).
Item {
    id: page

    readonly property bool wide: width > height * 1.1
    // Grows with the page so the address and code stay readable from the back of the room.
    readonly property real codeSize: Math.max(ModeratorStyle.metrics.height * 2.5, Math.min(width / (wide ? 12 : 6), height / 8))

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
            // Shares of the width, never the texts' natural widths: a long link must not push
            // the device list off the screen.
            Layout.preferredWidth: page.wide ? page.width * 0.6 : page.width
            spacing: ModeratorStyle.spacing

            JoinQrCode {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                objectName: "lobbyJoin"
                qrSize: Math.min(page.height * 0.55, page.width * (page.wide ? 0.27 : 0.45))
                unit: Math.max(ModeratorStyle.metrics.height, page.codeSize * 0.3)
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
            Layout.preferredWidth: page.wide ? page.width * 0.4 : page.width
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
