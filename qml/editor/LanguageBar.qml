import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// Chooses the language the forms edit; each language shows how many of its texts are missing.
// A new language can be added by its code.
Flow {
    id: bar

    required property CatalogEditor editor

    function missingCount(language) {
        const suffix = "(" + language + ")";
        return bar.editor.missingTranslations.filter(path => path.endsWith(suffix)).length;
    }

    spacing: 6

    Label {
        height: addField.height
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Editing language:")
    }
    Repeater {
        model: bar.editor.languages

        delegate: Button {
            required property string modelData
            readonly property int missing: bar.missingCount(modelData)

            objectName: "language_" + modelData
            checkable: true
            checked: bar.editor.language === modelData
            text: missing > 0 ? qsTr("%1 ⚠ %2 missing").arg(modelData).arg(missing) : modelData
            Accessible.name: missing > 0 ? qsTr("Edit in %1, %2 translations missing").arg(modelData).arg(missing) : qsTr("Edit in %1").arg(modelData)
            palette.buttonText: missing > 0 && !checked ? "#b3261e" : undefined
            onClicked: bar.editor.language = modelData
        }
    }
    TextField {
        id: addField

        objectName: "newLanguage"
        Accessible.name: qsTr("Code of a new language")
        width: 90
        placeholderText: qsTr("e.g. tr")
        onAccepted: addButton.clicked()
    }
    Button {
        id: addButton

        objectName: "addLanguage"
        Accessible.name: text
        text: qsTr("Add language")
        enabled: addField.text.trim() !== ""
        onClicked: {
            if (bar.editor.addLanguage(addField.text))
                addField.clear();
        }
    }
}
