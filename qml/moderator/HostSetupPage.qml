import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator

// Starting a workshop on this device: a title and a built-in catalog, or continuing the last one.
Flickable {
    id: page

    signal backRequested

    objectName: "hostSetupPage"
    contentHeight: column.implicitHeight + ModeratorStyle.margin * 2
    clip: true

    ColumnLayout {
        id: column

        x: Math.max(ModeratorStyle.margin, (page.width - width) / 2)
        y: ModeratorStyle.margin
        width: Math.min(page.width - ModeratorStyle.margin * 2, ModeratorStyle.metrics.averageCharacterWidth * 80)
        spacing: ModeratorStyle.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Host a workshop")
            font.pointSize: ModeratorStyle.titlePoint
            font.bold: true
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("This device becomes the hub: tablets in the same network join with the room code and send their answers here.")
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }

        Label {
            text: qsTr("Title of the workshop")
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.text
        }

        TextField {
            id: titleField

            objectName: "workshopTitleField"
            Layout.fillWidth: true
            font.pointSize: ModeratorStyle.bodyPoint
            placeholderText: qsTr("e.g. Quality dialogue, spring")
            Accessible.name: qsTr("Title of the workshop")
        }

        Label {
            text: qsTr("Statements")
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.text
        }

        ComboBox {
            id: catalogBox

            objectName: "catalogBox"
            Layout.fillWidth: true
            model: Moderator.catalogs
            textRole: "title"
            valueRole: "id"
            font.pointSize: ModeratorStyle.bodyPoint
            Accessible.name: qsTr("Statements")
        }

        ModeratorButton {
            objectName: "startHostingButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Start new workshop")
            onClicked: Moderator.hostWorkshop(catalogBox.currentValue, titleField.text, false)
        }

        ModeratorButton {
            objectName: "continueHostingButton"
            Layout.fillWidth: true
            visible: Moderator.previousTitle.length > 0
            text: qsTr("Continue “%1”").arg(Moderator.previousTitle)
            onClicked: Moderator.hostWorkshop(catalogBox.currentValue, titleField.text, true)
        }

        Label {
            objectName: "hostErrorText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Moderator.errorText
            color: ModeratorStyle.error
            font.pointSize: ModeratorStyle.bodyPoint
            wrapMode: Text.Wrap
        }

        ModeratorButton {
            objectName: "backToAttendeeButton"
            text: qsTr("Back")
            onClicked: page.backRequested()
        }
    }
}
