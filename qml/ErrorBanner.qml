import QtQuick
import QtQuick.Layouts

// Shows a readable error message; hidden while there is none.
Rectangle {
    id: banner

    property string message

    signal dismissed

    visible: message.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.errorSoft
    border.color: Theme.error
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    RowLayout {
        id: row

        anchors {
            fill: parent
            margins: Theme.spacing
        }
        spacing: Theme.spacing

        Text {
            objectName: "errorText"
            Layout.fillWidth: true
            text: banner.message
            color: Theme.error
            font.pointSize: Theme.bodyPoint
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.name: text
        }

        ActionButton {
            objectName: "errorDismissButton"
            text: qsTr("OK")
            onClicked: banner.dismissed()
        }
    }
}
