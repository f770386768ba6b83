import QtQuick
import QtQuick.Window
import Dialogpunkte.Moderator

// The presentation on a second screen (the projector); the controls stay on the first one.
Window {
    id: window

    signal keyPressed(var event)

    title: qsTr("Dialogpunkte – presentation")
    visibility: Window.FullScreen
    visible: true
    color: "#ffffff"

    PresentationView {
        anchors.fill: parent
        focus: true
        Keys.onPressed: event => window.keyPressed(event)
    }
}
