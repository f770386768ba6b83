import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The points of the edited scale: a label per point in the editing language, a pictogram per
// point on pictogram scales. Without labels the scale shows numbers.
ColumnLayout {
    id: list

    required property CatalogEditor editor
    readonly property ScaleEditor scale: editor.scale
    readonly property string primary: editor.languages.length > 0 ? editor.languages[0] : ""

    function labelIn(point, language) {
        void list.scale.points;
        void list.editor.dirty;
        return list.scale.label(point, language);
    }

    spacing: 6

    RowLayout {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: list.scale.hasLabels ? qsTr("Labels of the points") : qsTr("Labels of the points (none: the scale shows numbers)")
        }
        Button {
            objectName: "clearLabels"
            Accessible.name: text
            visible: list.scale.hasLabels
            text: qsTr("Numbers only")
            onClicked: list.scale.clearLabels()
        }
    }
    Repeater {
        model: list.scale.points

        delegate: RowLayout {
            id: point

            required property int index

            Layout.fillWidth: true
            spacing: 8

            ComboBox {
                objectName: "pictogram_" + point.index
                Accessible.name: qsTr("Pictogram of point %1").arg(point.index + 1)
                visible: list.scale.kind === "pictogram"
                Layout.preferredWidth: 150
                Layout.alignment: Qt.AlignBottom
                model: list.scale.knownPictograms()
                currentIndex: model.indexOf(list.scale.pictograms[point.index] ?? "")
                onActivated: index => list.scale.setPictogram(point.index, model[index])
            }
            LocalizedTextField {
                Layout.fillWidth: true
                fieldName: "pointLabel_" + point.index
                label: qsTr("Point %1").arg(point.index + 1)
                language: list.editor.language
                required: list.scale.hasLabels
                text: list.labelIn(point.index, language)
                referenceLanguage: list.primary
                reference: language === list.primary ? "" : list.labelIn(point.index, list.primary)
                onEdited: text => list.scale.setLabel(point.index, language, text)
            }
        }
    }
}
