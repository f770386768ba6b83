import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// Whether a joined workshop's moderator is reachable, in words as well as by colour: offline,
// answers stay on this device; ended, nothing more is rated. Narrow bars get one word.
RowLayout {
    id: status

    property bool compact: false
    readonly property color tone: Workshop.workshopEnded ? Theme.mutedText : (Join.online ? Theme.success : Theme.warning)

    objectName: "connectionStatus"
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.StaticText
    Accessible.name: Join.connectionText

    Rectangle {
        implicitWidth: Theme.metrics.height * 0.55
        implicitHeight: implicitWidth
        radius: width / 2
        color: status.tone
    }

    Text {
        objectName: "connectionStatusText"
        text: status.compact ? Join.connectionShortText : Join.connectionText
        font.pointSize: Theme.smallPoint
        color: Join.online && !Workshop.workshopEnded ? Theme.mutedText : status.tone
    }
}
