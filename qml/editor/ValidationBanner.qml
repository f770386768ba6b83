import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// Whether the catalog can be exported, what exactly is wrong, and the last failed action. A new
// catalog nobody has touched yet gets a neutral hint where to start instead of an error.
Rectangle {
    id: banner

    required property CatalogEditor editor
    readonly property bool ok: editor.valid && editor.lastError === ""
    readonly property bool fresh: editor.fresh && editor.lastError === ""
    // Titles follow the editing language.
    readonly property string place: {
        void editor.language;
        return editor.problemPlace;
    }

    // Asks the page to show the form where the named problem can be fixed.
    signal showProblemRequested

    implicitHeight: content.implicitHeight + 12
    color: fresh ? "#eef1f4" : ok ? "#e8f5e9" : "#fdecea"
    radius: 4

    RowLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 6
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "validationBanner"
                Accessible.name: text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: banner.fresh ? "#1f2328" : banner.editor.valid ? "#1b5e20" : "#b3261e"
                text: banner.fresh ? qsTr("A new, empty catalog. Start with its title and a first dimension with statements; anything still missing is named here once you have begun.") : !banner.editor.valid ? (banner.place === "" ? qsTr("Not valid, cannot be exported: %1").arg(banner.editor.validationMessage) : qsTr("Not valid, cannot be exported. %1: %2").arg(banner.place).arg(banner.editor.problemDetail)) : banner.editor.missingTranslations.length === 0 ? qsTr("The catalog is valid and complete in all its languages.") : qsTr("The catalog is valid; %n translation(s) missing.", "", banner.editor.missingTranslations.length)
            }
            Label {
                objectName: "lastError"
                Accessible.name: text
                visible: banner.editor.lastError !== ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#b3261e"
                text: banner.editor.lastError
            }
        }
        Button {
            objectName: "showProblem"
            Accessible.name: text
            visible: !banner.editor.valid && !banner.fresh
            text: qsTr("Show")
            onClicked: {
                if (banner.editor.goToProblem())
                    banner.showProblemRequested();
            }
        }
    }
}
