import QtQuick
import QtQuick.Controls
import Dialogpunkte
import Dialogpunkte.Moderator

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Dialogpunkte")
    color: Theme.background

    function openModeration() {
        Moderator.active = true;
    }

    AppShell {
        id: shell

        objectName: "appShell"
        anchors.fill: parent
        visible: !Moderator.active
    }

    // The moderator's side of the app replaces the attendee's while it is open.
    Loader {
        objectName: "moderatorLoader"
        anchors.fill: parent
        active: Moderator.active

        sourceComponent: ModeratorShell {
            focus: true
            onCloseRequested: Moderator.active = false
        }
    }
}
