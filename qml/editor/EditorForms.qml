import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// Tabs for the catalog, dimension, statement and scale forms; on a phone the lists are a tab too.
ColumnLayout {
    id: forms

    required property CatalogEditor editor
    property bool showLists: false
    // "lists", "catalog", "dimension", "statement" or "scale".
    property string section: "dimension"
    readonly property var sections: showLists ? ["lists", "catalog", "dimension", "statement", "scale"] : ["catalog", "dimension", "statement", "scale"]
    readonly property var titles: ({
            "lists": qsTr("Lists"),
            "catalog": qsTr("Catalog"),
            "dimension": qsTr("Dimension"),
            "statement": qsTr("Statement"),
            "scale": qsTr("Scale")
        })

    spacing: 0

    TabBar {
        objectName: "editorTabs"
        Layout.fillWidth: true
        currentIndex: Math.max(0, forms.sections.indexOf(forms.section))

        Repeater {
            model: forms.sections

            delegate: TabButton {
                id: tab

                required property string modelData

                objectName: "tab_" + modelData
                Accessible.name: text
                text: forms.titles[modelData]
                onClicked: forms.section = modelData
                // Basic draws the unselected tabs dark, which reads as selected; the chosen tab
                // is marked like the chosen list row instead.
                contentItem: Label {
                    text: tab.text
                    font: tab.font
                    color: "#1a1a1a"
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
                background: Rectangle {
                    implicitHeight: 40
                    color: tab.checked ? "#d6e4f5" : tab.down ? "#eeeeee" : "#f5f5f5"

                    Rectangle {
                        visible: tab.checked
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 3
                        color: "#1f5fa8"
                    }
                }
            }
        }
    }
    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: ["lists", "catalog", "dimension", "statement", "scale"].indexOf(forms.section)

        Loader {
            active: forms.showLists
            sourceComponent: ListsPane {
                editor: forms.editor
                onDimensionChosen: forms.section = "dimension"
                onStatementChosen: forms.section = "statement"
            }
        }
        FormScroll {
            CatalogHeaderForm {
                width: parent.width
                editor: forms.editor
            }
        }
        FormScroll {
            DimensionForm {
                width: parent.width
                editor: forms.editor
            }
        }
        FormScroll {
            StatementForm {
                width: parent.width
                editor: forms.editor
                onEditScaleRequested: forms.section = "scale"
            }
        }
        FormScroll {
            ScaleForm {
                width: parent.width
                editor: forms.editor
            }
        }
    }
}
