import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// How a phone joins: the QR code of the browser's join link, and beside it the short address
// and the room code for typing; the app's dialogpunkte:// link stays below for tablets with the
// app. `qrSize` is the code's side with its quiet zone, `unit` the base text size in pixels.
RowLayout {
    id: join

    property real qrSize: 240
    property real unit: ModeratorStyle.metrics.height
    property bool showAppLink: true
    readonly property string webUrl: Moderator.webJoinUrl
    // "192.168.1.20:47800": what is typed into a browser's address bar.
    readonly property string shortAddress: webUrl.replace(/^http:\/\//, "").replace(/\/?\?.*$/, "")

    spacing: unit

    QrCode {
        objectName: "joinQrCode"
        Layout.preferredWidth: join.qrSize
        Layout.preferredHeight: join.qrSize
        Layout.alignment: Qt.AlignTop
        text: join.webUrl
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code of the join link %1").arg(join.webUrl)
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        Layout.alignment: Qt.AlignTop
        spacing: join.unit * 0.3

        Label {
            Layout.fillWidth: true
            text: qsTr("Scan with the phone's camera, or type into the browser:")
            font.pixelSize: join.unit
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "joinAddressText"
            Layout.fillWidth: true
            text: join.shortAddress
            font.pixelSize: join.unit * 1.8
            font.bold: true
            color: ModeratorStyle.text
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: join.unit
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: join.unit * 0.4
            text: qsTr("Room code")
            font.pixelSize: join.unit
            color: ModeratorStyle.mutedText
        }

        Label {
            objectName: "joinRoomCodeText"
            Layout.fillWidth: true
            text: Moderator.host ? Moderator.host.roomCode : ""
            font.pixelSize: join.unit * 1.8
            font.bold: true
            font.letterSpacing: join.unit * 0.15
            color: ModeratorStyle.text
            Accessible.name: qsTr("Room code %1").arg(text)
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: join.unit * 0.4
            visible: join.showAppLink
            text: qsTr("With the Dialogpunkte app:")
            font.pixelSize: join.unit * 0.8
            color: ModeratorStyle.mutedText
        }

        TextEdit {
            objectName: "joinUrlText"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            visible: join.showAppLink
            text: Moderator.joinUrl
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.pixelSize: join.unit * 0.8
            color: ModeratorStyle.accent
            Accessible.name: qsTr("Join link for the app")
        }
    }
}
