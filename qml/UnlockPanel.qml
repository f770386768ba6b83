import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// The moderator's way off a locked shared tablet: press and hold, then the unlock code chosen
// when sharing was switched on. A respondent tapping around never gets past it.
ColumnLayout {
    id: panel

    property bool asking: false

    signal unlocked

    objectName: "unlockPanel"
    spacing: Theme.spacing / 2

    Button {
        id: holdButton

        objectName: "moderatorUnlockButton"
        Layout.fillWidth: true
        visible: !panel.asking
        flat: true
        text: qsTr("Moderator: press and hold to unlock")
        font.pointSize: Theme.smallPoint
        Accessible.name: text
        onPressAndHold: {
            Workshop.shared.clearError();
            panel.asking = true;
            codeField.forceActiveFocus();
        }

        contentItem: Text {
            text: holdButton.text
            font: holdButton.font
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        background: null
    }

    TextField {
        id: codeField

        objectName: "unlockCodeField"
        Layout.fillWidth: true
        visible: panel.asking
        implicitHeight: Theme.touchTarget
        font.pointSize: Theme.bodyPoint
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        maximumLength: 8
        placeholderText: qsTr("Unlock code")
        Accessible.name: placeholderText
        onAccepted: unlockButton.clicked()
    }

    Text {
        objectName: "unlockError"
        Layout.fillWidth: true
        visible: panel.asking && text.length > 0
        text: Workshop.shared.errorText
        font.pointSize: Theme.bodyPoint
        color: Theme.error
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    RowLayout {
        Layout.fillWidth: true
        visible: panel.asking
        spacing: Theme.spacing

        ActionButton {
            id: unlockButton

            objectName: "unlockButton"
            Layout.fillWidth: true
            primary: true
            enabled: codeField.text.length > 0
            text: qsTr("Unlock")
            onClicked: {
                if (!Workshop.shared.unlock(codeField.text))
                    return;
                codeField.clear();
                panel.asking = false;
                panel.unlocked();
            }
        }

        ActionButton {
            objectName: "unlockCancelButton"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            onClicked: {
                codeField.clear();
                panel.asking = false;
            }
        }
    }
}
