import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The moderator's top bar: workshop title, live counts, the views and the presentation switch.
Rectangle {
    id: header

    property string currentView

    signal viewRequested(string name)
    signal presentRequested
    signal closeRequested

    implicitHeight: content.implicitHeight + ModeratorStyle.spacing * 2
    color: ModeratorStyle.surface

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: ModeratorStyle.spacing
        spacing: ModeratorStyle.spacing * 0.5

        RowLayout {
            Layout.fillWidth: true
            spacing: ModeratorStyle.spacing

            Label {
                objectName: "workshopTitle"
                Layout.fillWidth: true
                text: Moderator.host ? Moderator.host.title : ""
                font.pointSize: ModeratorStyle.largePoint
                font.bold: true
                color: ModeratorStyle.text
                elide: Text.ElideRight
            }

            Label {
                objectName: "liveCounts"
                text: {
                    Moderator.revision;
                    const devices = Moderator.host ? Moderator.host.devices.connectedCount : 0;
                    // Answers of the whole round and devices connected now are separate facts:
                    // devices that left keep their answers.
                    return [qsTr("Round %1").arg(Moderator.round), qsTr("%n answer(s) this round", "", Moderator.answersThisRound()), qsTr("%n device(s) connected now", "", devices)].join(" · ");
                }
                font.pointSize: ModeratorStyle.bodyPoint
                color: ModeratorStyle.mutedText
                elide: Text.ElideRight
                Layout.maximumWidth: header.width * 0.5
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: ModeratorStyle.spacing * 0.5

            Repeater {
                model: [{
                        "name": "lobby",
                        "label": qsTr("Room")
                    }, {
                        "name": "overview",
                        "label": qsTr("Overview")
                    }, {
                        "name": "focus",
                        "label": qsTr("Focus")
                    }, {
                        "name": "disagreement",
                        "label": qsTr("Where we disagree")
                    }]

                ModeratorButton {
                    required property var modelData

                    objectName: "view_" + modelData.name
                    text: modelData.label
                    checked: header.currentView === modelData.name
                    onClicked: header.viewRequested(modelData.name)
                }
            }

            ModeratorButton {
                objectName: "presentButton"
                text: qsTr("Present")
                onClicked: header.presentRequested()
            }

            // Back to the workshops; the workshop can be continued there later.
            ModeratorButton {
                objectName: "endWorkshopButton"
                text: qsTr("End workshop")
                onClicked: endDialog.open()
            }

            ModeratorButton {
                objectName: "leaveModerationButton"
                text: qsTr("Back to attendee view")
                onClicked: header.closeRequested()
            }
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: ModeratorStyle.border
    }

    ConfirmActionDialog {
        id: endDialog

        objectName: "endWorkshopDialog"
        title: qsTr("End the workshop?")
        text: qsTr("Tablets and browsers show that the workshop has ended and take no more answers. Every answer stays stored; you can continue the workshop later from the workshops.")
        confirmText: qsTr("End workshop")
        onConfirmed: Moderator.endWorkshop()
    }
}
