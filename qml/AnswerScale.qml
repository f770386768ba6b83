import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// The answer buttons of a scale. Points sit side by side when there is room, otherwise they
// stack; "cannot judge" is always a separate button below, so it is never out of reach.
// The points use a Grid positioner: its column count may follow the width safely.
ColumnLayout {
    id: answerScale

    required property ScaleOptionModel options
    // On a phone the stacked buttons sit closer, so a whole scale fits on the screen.
    property bool compact: false
    readonly property bool pictograms: options.kind === "pictogram"
    readonly property bool bipolar: options.kind === "bipolar"
    readonly property int points: Math.max(1, options.pointCount)
    // Faces side by side need room for whole words under them ("çoğunlukla evet" must not break
    // inside a word); on a narrow phone they stack, each face beside its label.
    readonly property bool sideBySide: bipolar || width / points >= Theme.metrics.averageCharacterWidth * (pictograms ? 10 : 12)

    signal answered(int value)

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        visible: answerScale.bipolar

        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: answerScale.options.leftPole
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }

        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: answerScale.options.rightPole
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignRight
        }
    }

    // The wrapper gives the Grid a fixed width: a positioner sized by a layout while its
    // children are sized by it never settles.
    Item {
        Layout.fillWidth: true
        implicitHeight: grid.height

        Grid {
            id: grid

            // Side by side, all buttons share the height of the tallest label. A binding rather
            // than an update on events: what changes while the page is hidden under the overview
            // (another statement, another width) must count as well.
            readonly property real rowHeight: {
                let tallest = Theme.touchTarget;
                for (let i = 0; i < repeater.count; ++i) {
                    const item = repeater.itemAt(i);
                    if (item && !item.isCannotJudge)
                        tallest = Math.max(tallest, item.implicitHeight);
                }
                return tallest;
            }

            width: parent.width
            columns: answerScale.sideBySide ? answerScale.points : 1
            spacing: answerScale.compact && !answerScale.sideBySide ? Theme.spacing / 2 : Theme.spacing

            Repeater {
                id: repeater

                model: answerScale.options

                delegate: ScaleButton {
                    required property int value
                    required property string label
                    required property string pictogram
                    required property bool isCannotJudge
                    required property bool selected

                    objectName: "scaleOption_" + value
                    visible: !isCannotJudge
                    width: answerScale.sideBySide ? (grid.width - (answerScale.points - 1) * grid.spacing) / answerScale.points : grid.width
                    height: answerScale.sideBySide ? grid.rowHeight : implicitHeight
                    text: label
                    pictogramName: pictogram
                    number: answerScale.pictograms ? 0 : value
                    checked: selected
                    compact: answerScale.sideBySide
                    onClicked: answerScale.answered(value)
                }
            }
        }
    }

    ScaleButton {
        objectName: "cannotJudgeButton"
        Layout.fillWidth: true
        Layout.topMargin: answerScale.compact ? 0 : Theme.spacing
        visible: answerScale.options.allowsCannotJudge
        text: answerScale.options.cannotJudgeLabel
        checked: answerScale.options.selectedValue === 0
        outlined: true
        onClicked: answerScale.answered(0)
    }
}
