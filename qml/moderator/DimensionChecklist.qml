import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Style

// The dimensions of the chosen catalog as checkboxes, all chosen at first: a cluster usually
// works on "Netzwerk" plus one or two more.
ColumnLayout {
    id: checklist

    property var dimensions: []

    function setDimensions(list) {
        dimensions = list;
        const chosen = {};
        for (const dimension of list)
            chosen[dimension.id] = true;
        choices = chosen;
    }

    function chosenIds() {
        return dimensions.filter(d => choices[d.id] === true).map(d => d.id);
    }

    property var choices: ({})

    objectName: "dimensionChecklist"
    spacing: 0

    FormLabel {
        text: qsTr("Dimensions (%1 of %2 chosen)").arg(checklist.chosenIds().length).arg(checklist.dimensions.length)
    }

    Repeater {
        model: checklist.dimensions

        CheckBox {
            id: box

            required property var modelData

            objectName: "dimension_" + modelData.id
            Layout.fillWidth: true
            text: qsTr("%1 (%n statement(s))", "", modelData.statementCount).arg(modelData.title)
            font.pointSize: ModeratorStyle.bodyPoint
            checked: checklist.choices[modelData.id] === true
            // Long dimension titles wrap on a phone instead of being cut off.
            contentItem: Label {
                leftPadding: box.indicator.width + box.spacing
                text: box.text
                font: box.font
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
            onToggled: {
                const chosen = Object.assign({}, checklist.choices);
                chosen[modelData.id] = checked;
                checklist.choices = chosen;
            }
        }
    }
}
