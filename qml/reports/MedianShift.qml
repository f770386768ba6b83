import QtQuick
import Dialogpunkte.Plots
import Dialogpunkte.Style

// How a statement's median moved from the first to the last workshop of the series, as an arrow
// with the size of the move and what it measures; "not comparable" when either end has no median.
Column {
    id: root

    required property bool comparable
    required property real medianShift
    required property int workshopCount
    property string language: "de"
    property real unit: 16
    property int alignment: Text.AlignHCenter

    function shiftText() {
        if (!root.comparable)
            return qsTr("not comparable");
        const size = Math.abs(root.medianShift);
        const value = Numbers.compact(size, 1, root.language);
        if (root.medianShift > 0)
            return "↑ +" + value;
        if (root.medianShift < 0)
            return "↓ −" + value;
        return "→ ±0";
    }

    objectName: "medianShift"

    Text {
        objectName: "medianShiftValue"
        width: root.width
        horizontalAlignment: root.alignment
        text: root.shiftText()
        font.pixelSize: root.comparable ? root.unit * 1.5 : root.unit * 0.8
        font.bold: root.comparable
        color: root.comparable ? ModeratorStyle.accent : ModeratorStyle.mutedText
        wrapMode: Text.Wrap
    }

    Text {
        objectName: "medianShiftCaption"
        width: root.width
        horizontalAlignment: root.alignment
        visible: root.comparable
        text: qsTr("Median, workshop 1 → %1").arg(root.workshopCount)
        // never below 12 px: on a phone the unit is at its smallest
        font.pixelSize: Math.max(12, root.unit * 0.7)
        color: ModeratorStyle.mutedText
        wrapMode: Text.Wrap
    }
}
