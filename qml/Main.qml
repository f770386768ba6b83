import QtQuick
import QtQuick.Controls
import Dialogpunkte

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Dialogpunkte")
    color: Theme.background

    AppShell {
        id: shell

        objectName: "appShell"
        anchors.fill: parent
    }
}
