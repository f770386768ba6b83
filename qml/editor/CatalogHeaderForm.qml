import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The catalog's own fields: id, version (so sessions can tell editions apart) and title.
ColumnLayout {
    id: form

    required property CatalogEditor editor
    readonly property string primary: editor.languages.length > 0 ? editor.languages[0] : ""

    // Reading `dirty` (notified on every edit) makes bindings that call this follow each change.
    function titleIn(language) {
        void form.editor.dirty;
        return form.editor.catalogTitle(language);
    }

    spacing: 8

    LocalizedTextField {
        Layout.fillWidth: true
        fieldName: "catalogTitle"
        label: qsTr("Catalog title")
        language: form.editor.language
        text: form.titleIn(language)
        referenceLanguage: form.primary
        reference: language === form.primary ? "" : form.titleIn(form.primary)
        onEdited: text => form.editor.setCatalogTitle(language, text)
    }
    Label {
        text: qsTr("Catalog id")
    }
    TextField {
        objectName: "catalogId"
        Accessible.name: qsTr("Catalog id")
        Layout.fillWidth: true
        text: form.editor.catalogId
        onTextEdited: form.editor.catalogId = text
    }
    Label {
        text: qsTr("Version")
    }
    TextField {
        objectName: "catalogVersion"
        Accessible.name: qsTr("Version")
        Layout.fillWidth: true
        text: form.editor.version
        onTextEdited: form.editor.version = text
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.7
        text: qsTr("Workshops keep their own copy of the catalog: changes here never alter a running or stored session. Give a changed catalog a new version.")
    }
    RowLayout {
        Layout.fillWidth: true

        Label {
            text: qsTr("Start from")
        }
        ComboBox {
            id: builtinChoice

            objectName: "builtinChoice"
            Accessible.name: qsTr("Built-in catalog")
            Layout.fillWidth: true
            model: form.editor.builtinIds
        }
        Button {
            objectName: "loadBuiltin"
            Accessible.name: text
            text: qsTr("Load")
            onClicked: form.editor.loadBuiltin(builtinChoice.currentText)
        }
    }
}
