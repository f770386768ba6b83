import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// Offers to continue the session this device was last used for.
SectionCard {
    title: qsTr("Continue")

    Text {
        Layout.fillWidth: true
        text: Workshop.resumeTitle
        font.pointSize: Theme.bodyPoint
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    Text {
        Layout.fillWidth: true
        visible: Workshop.sharedDevice
        text: qsTr("Shared device: the next person starts with empty answers.")
        font.pointSize: Theme.smallPoint
        color: Theme.mutedText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    ActionButton {
        objectName: "resumeButton"
        Layout.fillWidth: true
        primary: true
        text: qsTr("Continue")
        onClicked: Workshop.resume()
    }
}
