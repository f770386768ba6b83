import QtQuick
import QtQuick.Controls
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The presentation's keys in one quiet line at the bottom: shown for a few seconds when the
// presentation starts, then again only with H, so the room is not distracted by it.
Rectangle {
    id: hints

    property real unit: ModeratorStyle.metrics.height

    objectName: "keyHints"
    implicitWidth: line.implicitWidth + unit
    implicitHeight: line.implicitHeight + unit * 0.5
    radius: unit * 0.3
    color: "#e61f2328"

    Label {
        id: line

        objectName: "keyHintsText"
        anchors.centerIn: parent
        width: Math.min(implicitWidth, hints.parent ? hints.parent.width - hints.unit * 2 : implicitWidth)
        text: [qsTr("← → next statement"), qsTr("R show or hide results"), qsTr("Q join code"), qsTr("H these hints"), qsTr("Esc end presentation")].join("   ·   ")
        font.pixelSize: hints.unit * 0.6
        color: "#ffffff"
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
