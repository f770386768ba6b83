import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// One scale of the catalog: which one, its kind, points, midpoint, "can't judge", poles, points.
ColumnLayout {
    id: form

    required property CatalogEditor editor
    readonly property ScaleEditor scale: editor.scale
    readonly property string primary: editor.languages.length > 0 ? editor.languages[0] : ""

    function poleIn(left, language) {
        void form.scale.points;
        void form.editor.dirty;
        return form.scale.pole(left, language);
    }

    spacing: 8

    Flow {
        Layout.fillWidth: true
        spacing: 8

        ComboBox {
            objectName: "scalePicker"
            Accessible.name: qsTr("Scale to edit")
            width: Math.min(implicitWidth + 40, form.width)
            model: form.editor.scaleIds
            currentIndex: form.editor.scaleIds.indexOf(form.scale.scaleId)
            onActivated: index => form.editor.editScale(form.editor.scaleIds[index])
        }
        Button {
            objectName: "addScale"
            Accessible.name: text
            text: qsTr("New scale")
            onClicked: form.editor.addScale("ordinal")
        }
        Button {
            objectName: "removeScale"
            Accessible.name: text
            text: qsTr("Delete scale")
            enabled: form.scale.valid && form.scale.scaleId !== form.editor.defaultScaleId
            onClicked: confirmRemove.ask(form.scale.scaleId)
        }
    }
    CheckBox {
        objectName: "scaleIsDefault"
        Accessible.name: text
        text: qsTr("Default scale for statements without their own")
        checked: form.scale.scaleId === form.editor.defaultScaleId
        enabled: !checked
        onToggled: form.editor.defaultScaleId = form.scale.scaleId
    }
    Label {
        text: qsTr("Kind")
    }
    ComboBox {
        id: kindChoice

        objectName: "scaleKind"
        Accessible.name: qsTr("Kind of scale")
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: [{
                "value": "ordinal",
                "text": qsTr("Agreement steps (ordinal)")
            }, {
                "value": "bipolar",
                "text": qsTr("Between two opposite poles (bipolar)")
            }, {
                "value": "pictogram",
                "text": qsTr("Pictograms (faces)")
            }]
        currentIndex: indexOfValue(form.scale.kind)
        onActivated: form.scale.kind = currentValue
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8

        Label {
            height: pointsBox.height
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Points")
        }
        SpinBox {
            id: pointsBox

            objectName: "scalePoints"
            Accessible.name: qsTr("Number of scale points")
            from: 1
            to: 10
            value: form.scale.points
            onValueModified: form.scale.points = value
        }
        CheckBox {
            objectName: "scaleMidpoint"
            Accessible.name: text
            text: qsTr("Neutral midpoint")
            checked: form.scale.midpoint
            onToggled: form.scale.midpoint = checked
        }
        CheckBox {
            objectName: "scaleCannotJudge"
            Accessible.name: text
            text: qsTr("Offer \"can't judge\"")
            checked: form.scale.allowCannotJudge
            onToggled: form.scale.allowCannotJudge = checked
        }
    }
    LocalizedTextField {
        visible: form.scale.kind === "bipolar"
        Layout.fillWidth: true
        fieldName: "leftPole"
        label: qsTr("Left pole")
        language: form.editor.language
        text: form.poleIn(true, language)
        referenceLanguage: form.primary
        reference: language === form.primary ? "" : form.poleIn(true, form.primary)
        onEdited: text => form.scale.setPole(true, language, text)
    }
    LocalizedTextField {
        visible: form.scale.kind === "bipolar"
        Layout.fillWidth: true
        fieldName: "rightPole"
        label: qsTr("Right pole")
        language: form.editor.language
        text: form.poleIn(false, language)
        referenceLanguage: form.primary
        reference: language === form.primary ? "" : form.poleIn(false, form.primary)
        onEdited: text => form.scale.setPole(false, language, text)
    }
    ScalePointList {
        Layout.fillWidth: true
        editor: form.editor
    }
    // The core refuses to delete a scale that statements use; the dialog says so up front and
    // names them, instead of offering a deletion that would fail.
    EditorConfirmDialog {
        id: confirmRemove

        property string scaleId

        function ask(id) {
            confirmRemove.scaleId = id;
            confirmRemove.details = form.editor.statementsUsingScale(id);
            confirmRemove.canConfirm = confirmRemove.details.length === 0;
            confirmRemove.title = confirmRemove.canConfirm ? qsTr("Delete scale") : qsTr("Scale in use");
            confirmRemove.text = confirmRemove.canConfirm ? qsTr("Delete the scale “%1”? No statement uses it.").arg(id) : qsTr("The scale “%1” cannot be deleted: %n statement(s) use it. Give them another scale first.", "", confirmRemove.details.length).arg(id);
            confirmRemove.open();
        }

        objectName: "confirmRemoveScale"
        onConfirmed: form.editor.removeScale(confirmRemove.scaleId)
    }
}
