import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// The moderator ended the workshop: no more rating. On a personal device the answers can still
// be looked at; a shared tablet shows nothing of the last respondent's.
Page {
    objectName: "endedPage"
    background: null
    Accessible.name: qsTr("The workshop has ended")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
        spacing: Theme.margin

        Text {
            objectName: "endedTitle"
            Layout.fillWidth: true
            text: qsTr("The workshop has ended – thank you")
            font.pointSize: Theme.titlePoint
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            objectName: "endedSummary"
            Layout.fillWidth: true
            text: Workshop.flow.active ? qsTr("You answered %1 of %2 statements. You can still look at your answers; they can no longer be changed.").arg(Workshop.flow.answeredCount).arg(Workshop.flow.count) : qsTr("The answers are saved without names. Nothing more can be rated.")
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.name: text
        }

        ActionButton {
            objectName: "reviewButton"
            Layout.fillWidth: true
            visible: Workshop.flow.active
            primary: true
            text: qsTr("Look at my answers")
            onClicked: Workshop.review()
        }

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
