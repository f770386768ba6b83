import QtQuick
import QtQuick.Controls
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The presentation's keys in one quiet line at the bottom: shown for a few seconds when the
// presentation starts, then again only with H, so the room is not distracted by it.
Rectangle {
    id: hints

    property real unit: ModeratorStyle.metrics.height
    // The widest the line may be; it wraps beyond (the view keeps its corners free).
    property real maxWidth: parent ? parent.width - unit * 2 : line.implicitWidth + unit

    objectName: "keyHints"
    implicitWidth: Math.min(line.implicitWidth + unit, maxWidth)
    implicitHeight: line.implicitHeight + unit * 0.5
    radius: unit * 0.3
    color: "#e61f2328"

    Label {
        id: line

        objectName: "keyHintsText"
        anchors.centerIn: parent
        width: Math.min(implicitWidth, hints.maxWidth - hints.unit)
        text: [qsTr("← → next statement"), qsTr("R show or hide results"), qsTr("Q join code"), qsTr("H these hints"), qsTr("Esc end presentation")].join("   ·   ")
        font.pixelSize: hints.unit * 0.6
        color: "#ffffff"
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
