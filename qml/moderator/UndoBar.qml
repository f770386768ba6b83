import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// After voting was closed: says what was closed and offers to reopen it, for as long as the
// moderator allows an undo (undoWindowMs); then the offer goes away by itself.
Rectangle {
    id: bar

    readonly property int closedCount: Moderator.undoableClose.length

    objectName: "undoBar"
    visible: closedCount > 0
    implicitWidth: row.implicitWidth + ModeratorStyle.spacing * 2
    implicitHeight: row.implicitHeight + ModeratorStyle.spacing * 2
    radius: ModeratorStyle.radius
    color: ModeratorStyle.text

    Timer {
        id: undoTimer

        objectName: "undoTimer"
        interval: Moderator.undoWindowMs
        running: bar.visible
        onTriggered: Moderator.forgetUndo()
    }

    // A second close restarts the time (the bar stays visible, so restart the timer by hand).
    Connections {
        function onUndoableCloseChanged() {
            if (bar.closedCount > 0)
                undoTimer.restart();
        }

        target: Moderator
    }

    RowLayout {
        id: row

        anchors.centerIn: parent
        spacing: ModeratorStyle.spacing

        Label {
            objectName: "undoText"
            text: qsTr("Voting closed for %n statement(s).", "", bar.closedCount)
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.surface
        }

        ModeratorButton {
            objectName: "undoButton"
            text: qsTr("Undo")
            onClicked: Moderator.undoClose()
        }
    }
}
