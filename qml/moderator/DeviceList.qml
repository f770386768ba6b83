import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Tablets known to the hub: a running number, connected or not, last seen and answers still
// waiting on the tablet. Nothing that identifies a person or a device.
Rectangle {
    id: box

    objectName: "deviceList"
    color: ModeratorStyle.surface
    radius: ModeratorStyle.radius
    border.color: ModeratorStyle.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: ModeratorStyle.spacing
        spacing: ModeratorStyle.spacing * 0.5

        Label {
            objectName: "deviceCount"
            Layout.fillWidth: true
            text: Moderator.host ? qsTr("%1 devices connected (%2 known)").arg(Moderator.host.devices.connectedCount).arg(Moderator.host.devices.count) : ""
            font.pointSize: ModeratorStyle.largePoint
            font.bold: true
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Moderator.host ? Moderator.host.devices : null
            ScrollBar.vertical: ScrollBar {
            }

            delegate: RowLayout {
                required property int number
                required property bool connected
                required property var lastSeen
                required property int pendingAnswers
                required property int receivedAnswers

                width: ListView.view.width
                spacing: ModeratorStyle.spacing

                Rectangle {
                    Layout.preferredWidth: ModeratorStyle.metrics.height * 0.7
                    Layout.preferredHeight: width
                    radius: width / 2
                    color: connected ? ModeratorStyle.success : ModeratorStyle.border
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Device %1").arg(number)
                    font.pointSize: ModeratorStyle.bodyPoint
                    color: ModeratorStyle.text
                }

                Label {
                    text: qsTr("%1 answers").arg(receivedAnswers) + (pendingAnswers > 0 ? " · " + qsTr("%1 waiting").arg(pendingAnswers) : "")
                    font.pointSize: ModeratorStyle.bodyPoint
                    color: pendingAnswers > 0 ? ModeratorStyle.closed : ModeratorStyle.mutedText
                }

                Label {
                    text: lastSeen ? Qt.formatTime(lastSeen, "hh:mm:ss") : ""
                    font.pointSize: ModeratorStyle.bodyPoint
                    color: ModeratorStyle.mutedText
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: list.count === 0
            text: qsTr("No tablet has joined yet.")
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }
    }
}
