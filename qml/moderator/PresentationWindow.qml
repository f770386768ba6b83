import QtQuick
import QtQuick.Window
import Dialogpunkte.Moderator

// The presentation on a second screen (the projector); the controls stay on the first one.
Window {
    id: window

    signal keyPressed(var event)

    /// The projector; the window is moved there before it is shown full screen.
    property var targetScreen

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
        focus: true
        Keys.onPressed: event => window.keyPressed(event)
    }
}
