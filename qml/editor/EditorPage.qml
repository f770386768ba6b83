import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The catalog editor: lists on the left and forms on the right on a tablet, tabs on a phone.
// It edits a copy of a catalog; running and stored sessions keep their own snapshot.
Page {
    id: page

    property CatalogEditor editor: CatalogEditor {
    }
    readonly property bool narrow: width < 760

    // Leaves the editor through `done`: at once, or after the user exported or discarded the
    // changes that are not exported yet; staying calls nothing.
    function leave(done) {
        if (!page.editor.dirty) {
            done();
            return;
        }
        page.pendingLeave = done;
        leaveDialog.open();
    }

    property var pendingLeave: null

    title: qsTr("Edit catalog")

    header: ImportExportBar {
        id: bar

        editor: page.editor
    }

    LeaveEditorDialog {
        id: leaveDialog

        canSave: page.editor.valid
        path: bar.path
        onSaveRequested: {
            if (bar.exportNow() && page.pendingLeave)
                page.pendingLeave();
            page.pendingLeave = null;
        }
        onDiscardRequested: {
            const done = page.pendingLeave;
            page.pendingLeave = null;
            if (done)
                done();
        }
        onRejected: page.pendingLeave = null
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        ValidationBanner {
            Layout.fillWidth: true
            editor: page.editor
            onShowProblemRequested: forms.section = page.editor.validationMessage.startsWith("scales") ? "scale" : page.editor.currentStatement >= 0 ? "statement" : "dimension"
        }
        LanguageBar {
            Layout.fillWidth: true
            editor: page.editor
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            Loader {
                active: !page.narrow
                visible: active
                Layout.preferredWidth: page.width * 0.4
                Layout.fillHeight: true
                sourceComponent: ListsPane {
                    editor: page.editor
                    onDimensionChosen: forms.section = "dimension"
                    onStatementChosen: forms.section = "statement"
                }
            }
            EditorForms {
                id: forms

                Layout.fillWidth: true
                Layout.fillHeight: true
                editor: page.editor
                showLists: page.narrow
                section: page.narrow ? "lists" : "dimension"
            }
        }
    }
}
