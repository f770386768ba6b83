import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Everything rated so far, grouped by area; tapping a row opens that statement to change it.
Page {
    id: page

    readonly property OverviewModel overview: Workshop.overview

    signal closeRequested

    objectName: "overviewPage"
    background: null
    Accessible.name: qsTr("Overview")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            text: qsTr("%1 of %2 statements answered. Tap a statement to change your answer.").arg(page.overview.answeredCount).arg(page.overview.count)
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.name: text
        }

        ListView {
            id: list

            objectName: "overviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.overview
            section.property: "dimensionTitle"
            section.delegate: Text {
                required property string section

                width: ListView.view.width
                topPadding: Theme.margin
                bottomPadding: Theme.spacing / 2
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                text: section
                font.pointSize: Theme.bodyPoint
                font.bold: true
                color: Theme.accent
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ScrollBar.vertical: ScrollBar {
            }

            delegate: OverviewRow {
                width: ListView.view.width
                onOpened: row => {
                    page.overview.open(row);
                    page.closeRequested();
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: buttons.implicitHeight + 2 * Theme.spacing
            color: Theme.surface

            RowLayout {
                id: buttons

                anchors {
                    fill: parent
                    leftMargin: Theme.margin
                    rightMargin: Theme.margin
                    topMargin: Theme.spacing
                    bottomMargin: Theme.spacing
                }
                spacing: Theme.spacing

                ActionButton {
                    objectName: "overviewBackButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Back")
                    onClicked: page.closeRequested()
                }

                ActionButton {
                    objectName: "overviewFinishButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    primary: true
                    text: qsTr("Finish")
                    onClicked: Workshop.flow.finish()
                }
            }
        }
    }
}
