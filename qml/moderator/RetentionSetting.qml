import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The optional retention period: old workshops are deleted for good when the app starts.
ColumnLayout {
    id: setting

    objectName: "retentionSetting"
    spacing: ModeratorStyle.spacing / 2

    Item {
        implicitHeight: ModeratorStyle.spacing
    }

    CheckBox {
        id: enabledBox

        objectName: "retentionCheckBox"
        Layout.fillWidth: true
        checked: Workshops.retentionDays > 0
        text: qsTr("Delete old workshops automatically")
        font.pointSize: ModeratorStyle.bodyPoint
        onToggled: Workshops.retentionDays = checked ? daysBox.value : 0
    }

    RowLayout {
        Layout.fillWidth: true
        visible: enabledBox.checked
        spacing: ModeratorStyle.spacing

        Label {
            text: qsTr("after")
            font.pointSize: ModeratorStyle.bodyPoint
        }

        SpinBox {
            id: daysBox

            objectName: "retentionDaysBox"
            from: 1
            to: 3650
            editable: true
            value: Workshops.retentionDays > 0 ? Workshops.retentionDays : 365
            font.pointSize: ModeratorStyle.bodyPoint
            Accessible.name: qsTr("Days until a workshop is deleted")
            onValueModified: Workshops.retentionDays = value
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("days")
            font.pointSize: ModeratorStyle.bodyPoint
        }
    }

    Label {
        Layout.fillWidth: true
        text: enabledBox.checked ? qsTr("Checked each time the app starts: workshops older than this are deleted with all their answers and cannot be restored.") : qsTr("Workshops are kept until you delete them.")
        font.pointSize: ModeratorStyle.bodyPoint
        color: ModeratorStyle.mutedText
        wrapMode: Text.Wrap
    }
}
