import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// Whether a joined workshop's moderator is reachable; offline, answers stay on this device.
RowLayout {
    id: status

    property bool compact: false

    objectName: "connectionStatus"
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.StaticText
    Accessible.name: Join.connectionText

    Rectangle {
        implicitWidth: Theme.metrics.height * 0.55
        implicitHeight: implicitWidth
        radius: width / 2
        color: Join.online ? Theme.success : Theme.warning
    }

    Text {
        visible: !status.compact
        text: Join.connectionText
        font.pointSize: Theme.smallPoint
        color: Join.online ? Theme.mutedText : Theme.warning
    }
}
