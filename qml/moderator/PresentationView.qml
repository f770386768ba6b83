import QtQuick
import QtQuick.Controls
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The projector's view: only the statement in focus, large, with the room code in a corner
// for late arrivals, or (`showJoin`, key Q) the QR code to join. Nothing to operate except an
// unobtrusive close button on a single screen; `showHints` shows the keys at the bottom.
Rectangle {
    id: view

    property bool showCloseButton: false
    property bool showJoin: false
    property bool showHints: false
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

        objectName: "presentationRoomCode"

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
        z: 1 // above the join code too
        // Grows with the projector's resolution like the rest of the view (a 4K screen
        // without display scaling would otherwise show it tiny).
        pointSize: Math.max(ModeratorStyle.bodyPoint, view.unit * 0.4)
        text: qsTr("Close presentation")
        onClicked: view.closeRequested()
    }

    // The way in, large enough to be scanned from the back of the room.
    Rectangle {
        objectName: "presentationJoin"
        anchors.fill: parent
        visible: view.showJoin
        color: "#ffffff"

        Label {
            id: joinTitle

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: view.unit
            text: qsTr("Join with your phone")
            font.pixelSize: view.unit * 1.6
            font.bold: true
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }

        JoinQrCode {
            objectName: "presentationJoinCode"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: joinTitle.bottom
            anchors.margins: view.unit
            qrSize: Math.min(parent.height - joinTitle.height - view.unit * 4, parent.width * 0.5)
            unit: view.unit * 1.1
            showAppLink: true
        }
    }

    KeyHints {
        // The room between the close button and the room code, kept free of the hints.
        readonly property real cornerGap: parent.width - 2 * (Math.max(roomCode.width, closeButton.visible ? closeButton.width : 0) + view.unit)
        // On a wide screen the hints sit at the bottom between the corners; where that gap is
        // too narrow they go to the top, so they never cover the corners or the plot's dots.
        readonly property bool betweenCorners: cornerGap >= parent.width * 0.5

        anchors.horizontalCenter: parent.horizontalCenter
        y: betweenCorners ? parent.height - height - view.unit * 0.5 : view.unit * 0.5
        unit: view.unit
        maxWidth: betweenCorners ? cornerGap : parent.width - view.unit * 2
        visible: view.showHints
    }
}
