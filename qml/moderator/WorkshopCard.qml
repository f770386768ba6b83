import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// One workshop in the moderator's list: what it covers, how far it got, and its actions.
// Expects the roles of WorkshopListModel.
Rectangle {
    id: card

    required property string sessionId
    required property string title
    required property string dateText
    required property string catalogTitle
    required property var dimensionTitles
    required property var groupNames
    required property int participantCount
    required property int answerCount
    required property string seriesId
    required property string seriesTitle
    required property int seriesPosition
    required property bool archived
    required property int anonymityThreshold
    required property bool started

    signal hostRequested
    signal duplicateRequested
    signal archiveRequested(bool archive)
    signal deleteRequested
    signal exportRequested
    signal compareSeriesRequested

    objectName: "workshopCard_" + title
    implicitHeight: column.implicitHeight + ModeratorStyle.margin * 2
    radius: ModeratorStyle.radius
    color: ModeratorStyle.surface
    border.color: ModeratorStyle.border

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: ModeratorStyle.margin
        spacing: ModeratorStyle.spacing / 2

        Label {
            Layout.fillWidth: true
            text: card.title
            font.pointSize: ModeratorStyle.largePoint
            font.bold: true
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(card.dateText).arg(card.catalogTitle)
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Dimensions: %1").arg(card.dimensionTitles.join(", "))
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }

        Label {
            Layout.fillWidth: true
            visible: card.seriesId.length > 0
            text: qsTr("Series “%1”, workshop %2").arg(card.seriesTitle).arg(card.seriesPosition)
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.accent
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "workshopFigures"
            Layout.fillWidth: true
            text: qsTr("%n participant(s)", "", card.participantCount) + " · " + qsTr("%n answer(s)", "", card.answerCount) + " · " + qsTr("groups shown from %1 people").arg(card.anonymityThreshold)
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: ModeratorStyle.spacing / 2
            spacing: ModeratorStyle.spacing

            ModeratorButton {
                objectName: "hostButton"
                visible: !card.archived
                primary: true
                text: card.started ? qsTr("Continue") : qsTr("Host")
                onClicked: card.hostRequested()
            }

            ModeratorButton {
                objectName: "duplicateButton"
                text: qsTr("Next workshop of the series")
                onClicked: card.duplicateRequested()
            }

            ModeratorButton {
                objectName: "exportButton"
                text: qsTr("Export…")
                onClicked: card.exportRequested()
            }

            ModeratorButton {
                objectName: "compareSeriesButton"
                visible: card.seriesId.length > 0
                text: qsTr("Compare series")
                onClicked: card.compareSeriesRequested()
            }

            ModeratorButton {
                objectName: "archiveButton"
                text: card.archived ? qsTr("Restore") : qsTr("Archive")
                onClicked: card.archiveRequested(!card.archived)
            }

            ModeratorButton {
                objectName: "deleteButton"
                text: qsTr("Delete…")
                onClicked: card.deleteRequested()
            }
        }
    }
}
