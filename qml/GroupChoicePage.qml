import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// After joining, before the first rating: the person picks one of the workshop's own groups
// (e.g. the municipalities of a cluster). A group the workshop refuses is said, and asked again.
Page {
    id: page

    readonly property GroupChoice choice: Join.groupChoice

    objectName: "groupChoicePage"
    background: null
    Accessible.name: qsTr("Your group")

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: content

            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.margin

            Text {
                objectName: "groupChoiceTitle"
                Layout.fillWidth: true
                text: page.choice.workshopTitle.length > 0 ? qsTr("Welcome to “%1”").arg(page.choice.workshopTitle) : qsTr("Welcome")
                font.pointSize: Theme.titlePoint
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Which group do you belong to? The moderator compares how the groups see things; your answers carry no name.")
                font.pointSize: Theme.bodyPoint
                color: Theme.mutedText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.name: text
            }

            Text {
                objectName: "groupChoiceError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.choice.errorText
                font.pointSize: Theme.bodyPoint
                color: Theme.error
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            GroupPicker {
                id: picker

                Layout.fillWidth: true
                model: page.choice.groups
                title: qsTr("Your group")
                hasSelection: false
                optionPrefix: "joinGroupOption_"
            }

            ActionButton {
                objectName: "groupChoiceButton"
                Layout.fillWidth: true
                primary: true
                enabled: picker.hasSelection
                text: qsTr("Start rating")
                onClicked: page.choice.choose(picker.selectedGroupId)
            }

            ActionButton {
                objectName: "groupChoiceCancelButton"
                Layout.fillWidth: true
                // Someone who already rates keeps going once a group is chosen; no way back.
                visible: Workshop.phase === Workshop.Start
                text: qsTr("Cancel")
                onClicked: Join.cancel()
            }
        }
    }
}
