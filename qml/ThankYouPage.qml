import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Shared device: thanks the person and hands over to the next one; shows none of the answers.
Page {
    objectName: "thankYouPage"
    background: null
    Accessible.name: qsTr("Thank you")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
        spacing: Theme.margin

        Face {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Theme.touchTarget * 2
            implicitHeight: implicitWidth
            name: "happy"
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("Thank you for your feedback!")
            font.pointSize: Theme.titlePoint
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("Your answers are saved without your name. Please hand the device to the next person.")
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.name: text
        }

        ActionButton {
            objectName: "nextRespondentButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Start for the next person")
            onClicked: Workshop.nextRespondent()
        }

        // Only the moderator leads a shared tablet back to the start page and its settings.
        ActionButton {
            objectName: "homeButton"
            Layout.fillWidth: true
            visible: !Workshop.locked
            text: qsTr("Back to the start")
            onClicked: Workshop.backToStart()
        }

        UnlockPanel {
            Layout.fillWidth: true
            visible: Workshop.locked
            onUnlocked: Workshop.backToStart()
        }
    }
}
