import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Personal device: done. The answers stay on the device and can still be changed.
Page {
    objectName: "finishPage"
    background: null
    Accessible.name: qsTr("Finished")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
        spacing: Theme.margin

        Text {
            Layout.fillWidth: true
            text: qsTr("Thank you!")
            font.pointSize: Theme.titlePoint
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            objectName: "finishSummary"
            Layout.fillWidth: true
            text: qsTr("You answered %1 of %2 statements. Your answers are saved on this device.").arg(Workshop.flow.answeredCount).arg(Workshop.flow.count)
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.name: text
        }

        ActionButton {
            objectName: "reviewButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Review or change answers")
            onClicked: Workshop.review()
        }

        ActionButton {
            objectName: "homeButton"
            Layout.fillWidth: true
            text: qsTr("Back to the start")
            onClicked: Workshop.backToStart()
        }
    }
}
