import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Switches shared-device mode: switching it on asks the moderator for an unlock code, without
// which nobody leaves the participant's pages; switching it off needs the tablet unlocked.
ColumnLayout {
    id: setting

    property bool choosingCode: false

    spacing: Theme.spacing / 2

    Switch {
        id: sharedSwitch

        objectName: "sharedDeviceSwitch"
        Layout.fillWidth: true
        text: qsTr("Shared device (e.g. parents' feedback): after finishing, the next person starts fresh")
        font.pointSize: Theme.bodyPoint
        checked: Workshop.sharedDevice || setting.choosingCode
        Accessible.name: text
        onToggled: {
            Workshop.shared.clearError();
            if (checked)
                setting.choosingCode = true;
            else if (setting.choosingCode)
                setting.choosingCode = false;
            else
                Workshop.shared.disable();
        }

        contentItem: Text {
            leftPadding: sharedSwitch.mirrored ? 0 : sharedSwitch.indicator.width + sharedSwitch.spacing
            rightPadding: sharedSwitch.mirrored ? sharedSwitch.indicator.width + sharedSwitch.spacing : 0
            text: sharedSwitch.text
            font: sharedSwitch.font
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
        }
    }

    Text {
        Layout.fillWidth: true
        visible: setting.choosingCode
        text: qsTr("Choose an unlock code of %1 to 8 digits. Keep it to yourself: only with it can the tablet leave the participants' pages.").arg(Workshop.shared.minCodeLength)
        font.pointSize: Theme.smallPoint
        color: Theme.mutedText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    RowLayout {
        Layout.fillWidth: true
        visible: setting.choosingCode
        spacing: Theme.spacing

        TextField {
            id: codeField

            objectName: "sharedCodeField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pointSize: Theme.bodyPoint
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: 8
            placeholderText: qsTr("Unlock code")
            Accessible.name: placeholderText
            onAccepted: codeButton.clicked()
        }

        ActionButton {
            id: codeButton

            objectName: "sharedCodeButton"
            enabled: codeField.text.length > 0
            text: qsTr("Switch on")
            onClicked: {
                if (!Workshop.shared.enable(codeField.text))
                    return;
                codeField.clear();
                setting.choosingCode = false;
            }
        }
    }

    Text {
        objectName: "sharedError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Workshop.shared.errorText
        font.pointSize: Theme.smallPoint
        color: Theme.error
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
