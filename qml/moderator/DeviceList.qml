import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Devices known to the hub: a running number, app or browser, connected or not, last seen and
// answers still waiting on the device. Nothing that identifies a person or a device.
Rectangle {
    id: box

    readonly property var devices: Moderator.host ? Moderator.host.devices : null

    objectName: "deviceList"
    color: ModeratorStyle.surface
    radius: ModeratorStyle.radius
    border.color: ModeratorStyle.border
    // Its texts wrap and elide: the box never asks for more width than it is given.
    implicitWidth: ModeratorStyle.metrics.averageCharacterWidth * 36

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: ModeratorStyle.spacing
        spacing: ModeratorStyle.spacing * 0.5

        Label {
            objectName: "deviceCount"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            text: box.devices ? qsTr("%n device(s) connected", "", box.devices.connectedCount) : ""
            font.pointSize: ModeratorStyle.largePoint
            font.bold: true
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "deviceKinds"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            visible: box.devices !== null && box.devices.count > 0
            text: box.devices ? qsTr("Joined so far: %1, %2").arg(qsTr("%n tablet(s)", "", box.devices.count - box.devices.browserCount)).arg(qsTr("%n in the browser", "", box.devices.browserCount)) : ""
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 0
            clip: true
            model: box.devices
            ScrollBar.vertical: ScrollBar {
            }

            delegate: RowLayout {
                required property int number
                required property bool connected
                required property bool browser
                required property var lastSeen
                required property int pendingAnswers
                required property int receivedAnswers

                // Room for the scroll bar, so the last column is never under it.
                width: ListView.view.width - ModeratorStyle.spacing
                spacing: ModeratorStyle.spacing

                Rectangle {
                    Layout.preferredWidth: ModeratorStyle.metrics.height * 0.7
                    Layout.preferredHeight: width
                    radius: width / 2
                    color: connected ? ModeratorStyle.success : ModeratorStyle.border
                    Accessible.name: connected ? qsTr("connected") : qsTr("not connected")
                }

                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    text: (browser ? qsTr("Browser %1") : qsTr("Device %1")).arg(number)
                    font.pointSize: ModeratorStyle.bodyPoint
                    color: ModeratorStyle.text
                    elide: Text.ElideRight
                }

                Label {
                    text: qsTr("%n answer(s)", "", receivedAnswers) + (pendingAnswers > 0 ? " · " + qsTr("%n waiting", "", pendingAnswers) : "")
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
            Layout.preferredWidth: 0
            visible: list.count === 0
            text: qsTr("No device has joined yet.")
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }
    }
}
