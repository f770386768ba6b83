import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The chosen statement's texts per catalog language and its scale.
ColumnLayout {
    id: form

    required property CatalogEditor editor
    readonly property int row: editor.currentStatement

    // Reading missingTranslations makes bindings that call textOf() follow every edit.
    function textOf(language) {
        void form.editor.missingTranslations;
        return form.row >= 0 ? form.editor.statementText(form.row, language) : "";
    }

    spacing: 8
    enabled: row >= 0

    Repeater {
        model: form.editor.languages

        delegate: ColumnLayout {
            id: languageField

            required property string modelData
            readonly property bool missing: form.row >= 0 && form.textOf(modelData) === ""

            Layout.fillWidth: true

            Label {
                text: languageField.missing ? qsTr("Text (%1) – translation missing").arg(languageField.modelData) : qsTr("Text (%1)").arg(languageField.modelData)
                color: languageField.missing ? "#b3261e" : palette.windowText
            }
            TextArea {
                objectName: "statementText_" + languageField.modelData
                Accessible.name: qsTr("Statement text (%1)").arg(languageField.modelData)
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                text: form.textOf(languageField.modelData)
                onEditingFinished: form.editor.setStatementText(form.row, languageField.modelData, text)
            }
        }
    }

    RowLayout {
        Label {
            text: qsTr("Scale")
        }
        ComboBox {
            objectName: "statementScale"
            Accessible.name: qsTr("Scale of the statement")
            model: form.editor.scaleIds
            currentIndex: form.row >= 0 ? form.editor.scaleIds.indexOf(form.editor.statementScale(form.row)) : -1
            onActivated: index => form.editor.setStatementScale(form.row, form.editor.scaleIds[index])
        }
    }

    RowLayout {
        Label {
            text: qsTr("Points")
        }
        SpinBox {
            objectName: "scalePoints"
            Accessible.name: qsTr("Number of scale points")
            from: 1
            to: 10
            value: form.editor.scale.points
            onValueModified: form.editor.scale.points = value
        }
        CheckBox {
            objectName: "scaleMidpoint"
            Accessible.name: text
            text: qsTr("Neutral midpoint")
            checked: form.editor.scale.midpoint
            onToggled: form.editor.scale.midpoint = checked
        }
        CheckBox {
            objectName: "scaleCannotJudge"
            Accessible.name: text
            text: qsTr("Offer \"can't judge\"")
            checked: form.editor.scale.allowCannotJudge
            onToggled: form.editor.scale.allowCannotJudge = checked
        }
    }
}
