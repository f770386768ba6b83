import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Plots
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// "Where do we disagree most?": statements of this round ordered by the spread of answers or by
// how many could not judge, only those whose results the room has seen. The order changes when
// the panel is shown or a sort is asked for, never while it is watched, so rows do not jump.
Item {
    id: page

    signal statementChosen(string statementId)

    objectName: "disagreementPanel"

    DisagreementModel {
        id: disagreement

        source: Moderator.aggregator
        round: Moderator.round
        language: Moderator.language
        hideUntilRevealed: Moderator.hideUntilRevealed
        revealedStatements: Moderator.revealedStatements
        Component.onCompleted: sort(DisagreementModel.Dispersion)
    }

    // Opened again later: ranked by what has arrived since.
    onVisibleChanged: {
        if (visible)
            disagreement.sort(disagreement.sortKey);
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: ModeratorStyle.margin
        spacing: ModeratorStyle.spacing

        Flow {
            Layout.fillWidth: true
            spacing: ModeratorStyle.spacing * 0.5

            ModeratorButton {
                objectName: "sortByDispersionButton"
                text: qsTr("Most different answers")
                checked: disagreement.sortKey === DisagreementModel.Dispersion
                onClicked: disagreement.sort(DisagreementModel.Dispersion)
            }

            ModeratorButton {
                objectName: "sortByCannotJudgeButton"
                text: qsTr("Most “cannot judge”")
                checked: disagreement.sortKey === DisagreementModel.CannotJudgeShare
                onClicked: disagreement.sort(DisagreementModel.CannotJudgeShare)
            }
        }

        Label {
            objectName: "disagreementHint"
            Layout.fillWidth: true
            visible: Moderator.hideUntilRevealed && disagreement.count < Moderator.statementIds.length
            text: disagreement.count === 0 ? qsTr("No results are shown yet. Statements appear here once their results are revealed.") : qsTr("Only statements whose results are revealed are listed.")
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            wrapMode: Text.Wrap
        }

        ListView {
            objectName: "disagreementList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: disagreement
            spacing: ModeratorStyle.spacing * 0.5
            ScrollBar.vertical: ScrollBar {
            }

            delegate: ItemDelegate {
                id: row

                required property int index
                required property string statementId
                required property var model
                required property int total
                required property real cannotJudgeShare
                required property bool hasValues
                required property real dispersion
                width: ListView.view.width
                Accessible.name: model.text
                onClicked: page.statementChosen(statementId)

                contentItem: RowLayout {
                    spacing: ModeratorStyle.spacing

                    Label {
                        text: (row.index + 1) + "."
                        font.pointSize: ModeratorStyle.bodyPoint
                        color: ModeratorStyle.mutedText
                    }

                    Label {
                        Layout.fillWidth: true
                        text: row.model.text
                        font.pointSize: ModeratorStyle.bodyPoint
                        color: ModeratorStyle.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }

                    Label {
                        text: row.total === 0 ? qsTr("no answers") : qsTr("spread %1 · cannot judge %2%").arg(row.hasValues ? Numbers.fixed(row.dispersion, 2) : "–").arg(Math.round(row.cannotJudgeShare * 100))
                        font.pointSize: ModeratorStyle.bodyPoint
                        color: ModeratorStyle.mutedText
                    }
                }
            }
        }
    }
}
