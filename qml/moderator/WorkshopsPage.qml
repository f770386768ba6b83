import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The moderator's workshops, prepared and past (active or archived), and what can be done with
// each: host or continue it, prepare the next workshop of its series, archive, delete for good.
// Exporting and comparing a series are shown by the shell.
Item {
    id: page

    property bool creating: false
    readonly property alias deleteDialog: deleteDialog
    readonly property alias duplicateDialog: duplicateDialog
    readonly property alias newWorkshopForm: newForm
    readonly property alias list: list

    signal backRequested
    signal exportRequested(string sessionId)
    signal compareSeriesRequested(string seriesId)

    function openNewWorkshopForm() {
        newForm.reset();
        creating = true;
    }

    objectName: "workshopsPage"

    StackLayout {
        anchors.fill: parent
        currentIndex: page.creating ? 1 : 0

        ColumnLayout {
            spacing: ModeratorStyle.spacing

            Flow {
                Layout.fillWidth: true
                Layout.margins: ModeratorStyle.margin
                Layout.bottomMargin: 0
                spacing: ModeratorStyle.spacing

                ModeratorButton {
                    objectName: "backToAttendeeButton"
                    text: qsTr("Back")
                    onClicked: page.backRequested()
                }

                Label {
                    height: ModeratorStyle.touchTarget * 0.85
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Workshops")
                    font.pointSize: ModeratorStyle.titlePoint
                    font.bold: true
                    color: ModeratorStyle.text
                }

                ModeratorButton {
                    objectName: "newWorkshopButton"
                    primary: true
                    text: qsTr("New workshop")
                    onClicked: page.openNewWorkshopForm()
                }
            }

            // Current or archived workshops, styled like the dashboard's view buttons.
            Row {
                objectName: "workshopTabs"
                Layout.leftMargin: ModeratorStyle.margin
                Layout.rightMargin: ModeratorStyle.margin
                spacing: ModeratorStyle.spacing / 2

                ModeratorButton {
                    objectName: "activeTab"
                    text: qsTr("Current")
                    checked: !Workshops.showArchived
                    onClicked: Workshops.showArchived = false
                }

                ModeratorButton {
                    objectName: "archivedTab"
                    text: qsTr("Archived")
                    checked: Workshops.showArchived
                    onClicked: Workshops.showArchived = true
                }
            }

            Label {
                objectName: "retentionNotice"
                Layout.fillWidth: true
                Layout.leftMargin: ModeratorStyle.margin
                Layout.rightMargin: ModeratorStyle.margin
                visible: Workshops.retentionDeletedCount > 0
                text: qsTr("%n old workshop(s) were deleted for good at this start (retention period).", "", Workshops.retentionDeletedCount)
                color: ModeratorStyle.closed
                font.pointSize: ModeratorStyle.bodyPoint
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "workshopsErrorText"
                Layout.fillWidth: true
                Layout.leftMargin: ModeratorStyle.margin
                Layout.rightMargin: ModeratorStyle.margin
                visible: text.length > 0 && !page.creating
                text: [Moderator.errorText, Workshops.errorText].filter(t => t.length > 0).join("\n")
                color: ModeratorStyle.error
                font.pointSize: ModeratorStyle.bodyPoint
                wrapMode: Text.Wrap
            }

            RestoreFromTablets {
                Layout.fillWidth: true
                Layout.leftMargin: ModeratorStyle.margin
                Layout.rightMargin: ModeratorStyle.margin
            }

            ListView {
                id: list

                objectName: "workshopList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: ModeratorStyle.spacing
                model: Workshops.workshops
                leftMargin: ModeratorStyle.margin
                rightMargin: ModeratorStyle.margin
                bottomMargin: ModeratorStyle.margin

                delegate: WorkshopCard {
                    width: list.width - list.leftMargin - list.rightMargin
                    onHostRequested: Moderator.hostWorkshop(sessionId)
                    onDuplicateRequested: duplicateDialog.ask(sessionId, title)
                    onArchiveRequested: archive => Workshops.setArchived(sessionId, archive)
                    onDeleteRequested: deleteDialog.ask(sessionId, title)
                    onExportRequested: page.exportRequested(sessionId)
                    onCompareSeriesRequested: page.compareSeriesRequested(seriesId)
                }

                Label {
                    objectName: "noWorkshopsText"
                    anchors.centerIn: parent
                    width: parent.width - ModeratorStyle.margin * 2
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    text: Workshops.showArchived ? qsTr("No archived workshops.") : qsTr("No workshops yet. Prepare one with “New workshop”.")
                    color: ModeratorStyle.mutedText
                    font.pointSize: ModeratorStyle.bodyPoint
                    wrapMode: Text.Wrap
                }

                footer: RetentionSetting {
                    width: list.width - list.leftMargin - list.rightMargin
                }
            }
        }

        NewWorkshopForm {
            id: newForm

            onCancelled: page.creating = false
            onCreated: page.creating = false
        }
    }

    ConfirmDeleteDialog {
        id: deleteDialog

        onDeleteConfirmed: id => Workshops.deleteWorkshop(id)
    }

    DuplicateDialog {
        id: duplicateDialog
    }
}
