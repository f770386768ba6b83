import QtQuick
import QtQuick.Controls
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The projector's view: only the statement in focus, large, with the room code in a corner
// for late arrivals. Nothing to operate except an unobtrusive close button on a single screen.
Rectangle {
    id: view

    property bool showCloseButton: false
    readonly property alias plot: plot
    readonly property real unit: Math.max(ModeratorStyle.metrics.height, Math.min(width / 50, height / 28))

    signal closeRequested

    objectName: "presentationView"
    color: "#ffffff"

    Label {
        id: position

        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: view.unit
        text: Moderator.dimensionTitle(Moderator.dimensionOf(Moderator.focusStatementId))
        font.pixelSize: view.unit
        color: ModeratorStyle.mutedText
    }

    StatementPlot {
        id: plot

        objectName: "presentationPlot"
        anchors.fill: parent
        anchors.topMargin: position.height + view.unit * 1.5
        anchors.bottomMargin: Math.max(roomCode.height, closeButton.visible ? closeButton.height : 0) + view.unit
        anchors.leftMargin: view.unit
        anchors.rightMargin: view.unit
        statementId: Moderator.focusStatementId
        // The statement is what the room discusses: never cut off, even on a narrow screen.
        titleLines: 8
    }

    Label {
        id: roomCode

        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: view.unit * 0.5
        text: Moderator.host ? qsTr("Room code %1").arg(Moderator.host.roomCode) : ""
        font.pixelSize: view.unit * 0.8
        color: ModeratorStyle.mutedText
    }

    ModeratorButton {
        id: closeButton

        objectName: "closePresentationButton"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: view.unit * 0.5
        visible: view.showCloseButton
        opacity: 0.7
        // Grows with the projector's resolution like the rest of the view (a 4K screen
        // without display scaling would otherwise show it tiny).
        pointSize: Math.max(ModeratorStyle.bodyPoint, view.unit * 0.4)
        text: qsTr("Close presentation")
        onClicked: view.closeRequested()
    }
}
