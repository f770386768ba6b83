import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// What only the moderator sets up on this device: sharing it from hand to hand, hosting a
// workshop, and the catalog editor.
SectionCard {
    objectName: "moderatorCard"
    title: qsTr("For the moderator")

    SharedDeviceSetting {
        Layout.fillWidth: true
        enabled: Workshop.available
    }

    ActionButton {
        objectName: "moderationButton"
        Layout.fillWidth: true
        text: qsTr("Moderation: host a workshop")
        // Offered where the app's window can host (not in tests of the page alone).
        visible: typeof ApplicationWindow.window?.openModeration === "function"
        onClicked: ApplicationWindow.window.openModeration()
    }

    ActionButton {
        objectName: "catalogEditorButton"
        Layout.fillWidth: true
        text: qsTr("Edit or create a catalog")
        visible: typeof ApplicationWindow.window?.openCatalogEditor === "function"
        onClicked: ApplicationWindow.window.openCatalogEditor()
    }
}
