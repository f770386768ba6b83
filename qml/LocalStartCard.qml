import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// Starts a session on this device alone, from a catalog. Collapsed to one button while joining
// a workshop is what the person most likely wants.
SectionCard {
    id: card

    property bool collapsed: false

    objectName: "localStartCard"
    title: qsTr("Start on this device")

    Text {
        Layout.fillWidth: true
        visible: card.collapsed
        text: qsTr("Without a workshop: rate a catalog on your own, on this device.")
        font.pointSize: Theme.bodyPoint
        color: Theme.mutedText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    ActionButton {
        objectName: "expandLocalStartButton"
        Layout.fillWidth: true
        visible: card.collapsed
        text: qsTr("Choose a catalog")
        onClicked: card.collapsed = false
    }

    CatalogPicker {
        id: catalogPicker

        Layout.fillWidth: true
        visible: !card.collapsed
    }

    GroupPicker {
        id: groupPicker

        Layout.fillWidth: true
        visible: !card.collapsed
    }

    ActionButton {
        objectName: "startButton"
        Layout.fillWidth: true
        visible: !card.collapsed
        primary: true
        text: qsTr("Start")
        enabled: catalogPicker.selectedRow >= 0
        onClicked: Workshop.startLocal(catalogPicker.selectedRow, groupPicker.selectedGroupId)
    }
}
