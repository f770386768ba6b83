import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// The choice of the person's group, so the moderator can compare perspectives. "No answer" is a
// chip of its own: choosing no group is a choice the person makes, never a silent default.
ColumnLayout {
    id: picker

    property alias model: repeater.model
    property string title: qsTr("Your group (optional)")
    property string selectedGroupId: ""
    // False until the person taps a chip (or a default is given); "" alone means "no group".
    property bool hasSelection: true
    // Distinguishes the chips when two pickers are on one page (start and join).
    property string optionPrefix: "groupOption_"

    spacing: Theme.spacing / 2

    Text {
        Layout.fillWidth: true
        text: picker.title
        font.pointSize: Theme.bodyPoint
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    ButtonGroup {
        id: chips
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2

        Repeater {
            id: repeater

            model: Workshop.groups

            delegate: Button {
                id: chip

                required property string groupId
                required property string name

                objectName: picker.optionPrefix + (groupId.length > 0 ? groupId : "none")
                implicitHeight: Theme.touchTarget
                checkable: true
                checked: picker.hasSelection && groupId === picker.selectedGroupId
                ButtonGroup.group: chips
                text: name
                font.pointSize: Theme.bodyPoint
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                Accessible.name: name
                onClicked: {
                    picker.selectedGroupId = groupId;
                    picker.hasSelection = true;
                }

                contentItem: Text {
                    text: chip.text
                    font: chip.font
                    color: chip.checked ? Theme.accentText : Theme.text
                    verticalAlignment: Text.AlignVCenter
                }

                background: Rectangle {
                    radius: height / 2
                    color: chip.checked ? Theme.accent : Theme.surface
                    border.color: chip.checked ? Theme.accent : Theme.border
                }
            }
        }
    }
}
