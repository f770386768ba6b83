import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Prepares the next workshop of a series from a past one: same statements, groups and k,
// a new date and (optionally) a new title.
Dialog {
    id: dialog

    property string sessionId

    function ask(id, title) {
        sessionId = id;
        titleField.text = title;
        dateField.text = Qt.formatDate(new Date(), "dd.MM.yyyy");
        open();
    }

    objectName: "duplicateDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - ModeratorStyle.margin * 2 : 400, ModeratorStyle.metrics.averageCharacterWidth * 60)
    modal: true
    title: qsTr("Next workshop of the series")

    ColumnLayout {
        anchors.fill: parent
        spacing: ModeratorStyle.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("The same statements, groups and anonymity threshold; no answers yet.")
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }

        Label {
            text: qsTr("Title")
            font.pointSize: ModeratorStyle.bodyPoint
        }

        TextField {
            id: titleField

            objectName: "duplicateTitleField"
            Layout.fillWidth: true
            font.pointSize: ModeratorStyle.bodyPoint
            Accessible.name: qsTr("Title")
        }

        Label {
            text: qsTr("Date (DD.MM.YYYY)")
            font.pointSize: ModeratorStyle.bodyPoint
        }

        DateField {
            id: dateField

            objectName: "duplicateDateField"
            Layout.fillWidth: true
            accessibleName: qsTr("Date (DD.MM.YYYY)")
        }

        Label {
            objectName: "duplicateErrorText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Workshops.errorText
            color: ModeratorStyle.error
            wrapMode: Text.Wrap
        }
    }

    footer: Flow {
        padding: ModeratorStyle.spacing
        spacing: ModeratorStyle.spacing
        layoutDirection: Qt.RightToLeft

        ModeratorButton {
            objectName: "confirmDuplicateButton"
            primary: true
            text: qsTr("Prepare")
            onClicked: {
                if (Workshops.duplicateAsNext(dialog.sessionId, dateField.text, titleField.text).length > 0)
                    dialog.close();
            }
        }

        ModeratorButton {
            objectName: "cancelDuplicateButton"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
