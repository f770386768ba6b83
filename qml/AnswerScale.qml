import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// The answer buttons of a scale. Points sit side by side when there is room, otherwise they
// stack; "cannot judge" is always a separate button below, so it is never out of reach.
ColumnLayout {
    id: scale

    required property ScaleOptionModel options
    readonly property bool pictograms: options.kind === "pictogram"
    readonly property bool bipolar: options.kind === "bipolar"
    readonly property bool sideBySide: pictograms || bipolar || (options.pointCount > 0 && width / options.pointCount >= Theme.metrics.averageCharacterWidth * 12)

    signal answered(int value)

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        visible: scale.bipolar

        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: scale.options.leftPole
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            wrapMode: Text.Wrap
        }

        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: scale.options.rightPole
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignRight
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: scale.sideBySide ? Math.max(1, scale.options.pointCount) : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: scale.options

            delegate: ScaleButton {
                required property int value
                required property string label
                required property string pictogram
                required property bool isCannotJudge
                required property bool selected

                objectName: "scaleOption_" + value
                visible: !isCannotJudge
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: scale.sideBySide
                text: label
                pictogramName: pictogram
                number: scale.pictograms ? 0 : value
                checked: selected
                compact: scale.sideBySide
                onClicked: scale.answered(value)
            }
        }
    }

    ScaleButton {
        objectName: "cannotJudgeButton"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        visible: scale.options.allowsCannotJudge
        text: scale.options.cannotJudgeLabel
        checked: scale.options.selectedValue === 0
        outlined: true
        onClicked: scale.answered(0)
    }
}
