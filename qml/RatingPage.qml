import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// One statement per screen: area header, progress, statement, answer scale, navigation.
Page {
    id: page

    readonly property RatingFlow flow: Workshop.flow
    // A phone: tighter spacing and a smaller statement, so a whole scale fits without scrolling.
    readonly property bool compact: width < Theme.maxContentWidth

    signal overviewRequested

    objectName: "ratingPage"
    background: null
    Accessible.name: qsTr("Rating")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + 2 * Theme.spacing
            color: Theme.accentSoft

            ColumnLayout {
                id: header

                anchors {
                    fill: parent
                    leftMargin: Theme.margin
                    rightMargin: Theme.margin
                    topMargin: Theme.spacing
                    bottomMargin: Theme.spacing
                }
                spacing: Theme.spacing / 2

                // On a phone the statement's number joins this line instead of a line of its own.
                Text {
                    objectName: "dimensionCounter"
                    Layout.fillWidth: true
                    readonly property string area: qsTr("Area %1 of %2").arg(page.flow.dimensionNumber).arg(page.flow.dimensionCount)
                    text: page.compact ? area + " · " + statementCounter.text : area
                    font.pointSize: Theme.smallPoint
                    color: Theme.mutedText
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    Accessible.name: text
                }

                Text {
                    objectName: "dimensionTitle"
                    Layout.fillWidth: true
                    text: page.flow.dimensionTitle
                    font.pointSize: Theme.largePoint
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ProgressBar {
                        objectName: "progressBar"
                        Layout.fillWidth: true
                        from: 0
                        to: 1
                        value: page.flow.progress
                        Accessible.name: progressText.text
                    }

                    Text {
                        id: progressText

                        text: qsTr("%1 of %2 answered").arg(page.flow.answeredCount).arg(page.flow.count)
                        font.pointSize: Theme.smallPoint
                        color: Theme.mutedText
                    }
                }
            }
        }

        // The moderator started a new round: say why the answers are empty again.
        Rectangle {
            objectName: "roundNotice"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: Workshop.roundNotice.length > 0
            implicitHeight: visible ? noticeRow.implicitHeight + 2 * Theme.spacing : 0
            color: Theme.accentSoft
            border.color: Theme.accent
            radius: Theme.radius
            Accessible.role: Accessible.AlertMessage
            Accessible.name: Workshop.roundNotice

            RowLayout {
                id: noticeRow

                anchors {
                    fill: parent
                    margins: Theme.spacing
                }
                spacing: Theme.spacing

                Text {
                    objectName: "roundNoticeText"
                    Layout.fillWidth: true
                    text: Workshop.roundNotice
                    font.pointSize: Theme.bodyPoint
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }

                ActionButton {
                    objectName: "roundNoticeDismissButton"
                    text: qsTr("OK")
                    onClicked: Workshop.dismissRoundNotice()
                }
            }
        }

        Flickable {
            id: flick

            objectName: "ratingFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight + 2 * Theme.margin
            clip: true
            ScrollBar.vertical: ScrollBar {
            }

            ColumnLayout {
                id: body

                x: Math.max(Theme.margin, (flick.width - width) / 2)
                y: page.compact ? Theme.spacing : Theme.margin
                width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth * 1.3)
                spacing: page.compact ? Theme.spacing : Theme.margin

                Text {
                    id: statementCounter

                    Layout.fillWidth: true
                    visible: !page.compact
                    text: qsTr("Statement %1 of %2").arg(page.flow.numberInDimension).arg(page.flow.statementsInDimension)
                    font.pointSize: Theme.smallPoint
                    color: Theme.mutedText
                    horizontalAlignment: Text.AlignLeft
                    Accessible.name: text
                }

                Text {
                    objectName: "statementText"
                    Layout.fillWidth: true
                    text: page.flow.statementText
                    font.pointSize: page.compact ? Theme.largePoint : Theme.titlePoint
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                Text {
                    objectName: "statementHelp"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.flow.statementHelp
                    font.pointSize: page.compact ? Theme.smallPoint : Theme.bodyPoint
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.name: text
                }

                Text {
                    objectName: "statementClosed"
                    Layout.fillWidth: true
                    visible: !page.flow.statementOpen
                    text: Workshop.workshopEnded ? qsTr("The workshop has ended – answers can no longer be changed.") : qsTr("The moderator has closed this statement for rating.")
                    font.pointSize: Theme.bodyPoint
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.name: text
                }

                AnswerScale {
                    objectName: "answerScale"
                    Layout.fillWidth: true
                    enabled: page.flow.statementOpen
                    // Closed statements must look inactive, not only refuse the tap.
                    opacity: enabled ? 1 : 0.4
                    options: page.flow.scaleOptions
                    compact: page.compact
                    onAnswered: value => page.flow.answer(value)
                }

                Text {
                    objectName: "answerError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.flow.errorMessage
                    font.pointSize: Theme.bodyPoint
                    color: Theme.error
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }

        RatingNavigation {
            Layout.fillWidth: true
            flow: page.flow
            onOverviewRequested: page.overviewRequested()
        }
    }
}
