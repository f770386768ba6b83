import QtQuick
import QtQuick.Window
import Dialogpunkte.Moderator

// The presentation on a second screen (the projector); the controls stay on the first one.
Window {
    id: window

    signal keyPressed(var event)

    /// The projector; the window is moved there before it is shown full screen.
    property var targetScreen
    property bool showJoin: false
    property bool showHints: false

    title: qsTr("Dialogpunkte – presentation")
    color: "#ffffff"
    Component.onCompleted: {
        screen = targetScreen;
        x = targetScreen.virtualX;
        y = targetScreen.virtualY;
        width = targetScreen.width;
        height = targetScreen.height;
        showFullScreen();
    }

    PresentationView {
        anchors.fill: parent
        showJoin: window.showJoin
        showHints: window.showHints
        focus: true
        Keys.onPressed: event => window.keyPressed(event)
    }
}
