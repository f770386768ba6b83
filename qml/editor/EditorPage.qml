import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The catalog editor: dimensions, their statements, the chosen statement's form, validation.
Page {
    id: page

    property CatalogEditor editor: CatalogEditor {
    }

    title: qsTr("Edit catalog")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.margins: 4

            TextField {
                id: pathField

                objectName: "catalogPath"
                Accessible.name: qsTr("Catalog file path")
                Layout.fillWidth: true
                placeholderText: qsTr("Path of a catalog JSON file")
            }
            Button {
                objectName: "importButton"
                Accessible.name: text
                text: qsTr("Import")
                onClicked: page.editor.importFile(pathField.text)
            }
            Button {
                objectName: "exportButton"
                Accessible.name: text
                text: qsTr("Export")
                enabled: page.editor.valid
                onClicked: page.editor.exportFile(pathField.text)
            }
            Button {
                objectName: "newCatalogButton"
                Accessible.name: text
                text: qsTr("New catalog")
                onClicked: page.editor.newCatalog()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            objectName: "validationBanner"
            Accessible.name: text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            padding: 8
            color: page.editor.valid ? "#1b5e20" : "#b3261e"
            text: page.editor.lastError !== "" ? page.editor.lastError : page.editor.valid ? qsTr("The catalog is valid (%n missing translation(s)).", "", page.editor.missingTranslations.length) : qsTr("Not valid: %1").arg(page.editor.validationMessage)
            background: Rectangle {
                color: page.editor.valid && page.editor.lastError === "" ? "#e8f5e9" : "#fdecea"
                radius: 4
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            ColumnLayout {
                Layout.preferredWidth: parent.width * 0.25
                Layout.fillHeight: true

                ListView {
                    id: dimensionList

                    objectName: "dimensionList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.editor.dimensions
                    currentIndex: page.editor.currentDimension
                    delegate: ItemDelegate {
                        required property int index
                        required property string title
                        required property bool translationMissing

                        width: ListView.view.width
                        text: (translationMissing ? "⚠ " : "") + (title || qsTr("(untitled)"))
                        highlighted: ListView.isCurrentItem
                        Accessible.name: text
                        onClicked: page.editor.currentDimension = index
                    }
                }
                RowLayout {
                    Button {
                        objectName: "addDimension"
                        Accessible.name: qsTr("Add dimension")
                        Layout.preferredWidth: 56
                        text: "+"
                        onClicked: page.editor.addDimension()
                    }
                    Button {
                        objectName: "dimensionUp"
                        Accessible.name: qsTr("Move dimension up")
                        Layout.preferredWidth: 56
                        text: "↑"
                        onClicked: page.editor.moveDimension(page.editor.currentDimension, -1)
                    }
                    Button {
                        objectName: "dimensionDown"
                        Accessible.name: qsTr("Move dimension down")
                        Layout.preferredWidth: 56
                        text: "↓"
                        onClicked: page.editor.moveDimension(page.editor.currentDimension, 1)
                    }
                    Button {
                        objectName: "removeDimension"
                        Accessible.name: qsTr("Delete dimension")
                        Layout.preferredWidth: 56
                        text: "✕"
                        onClicked: page.editor.removeDimension(page.editor.currentDimension)
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: parent.width * 0.35
                Layout.fillHeight: true

                ListView {
                    objectName: "statementList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.editor.statements
                    currentIndex: page.editor.currentStatement
                    delegate: ItemDelegate {
                        id: statementItem

                        required property int index
                        required property var model

                        width: ListView.view.width
                        text: (model.translationMissing ? "⚠ " : "") + (model.text || qsTr("(no text)"))
                        contentItem: Label {
                            text: statementItem.text
                            wrapMode: Text.Wrap
                        }
                        highlighted: ListView.isCurrentItem
                        Accessible.name: text
                        onClicked: page.editor.currentStatement = index
                    }
                }
                RowLayout {
                    Button {
                        objectName: "addStatement"
                        Accessible.name: qsTr("Add statement")
                        Layout.preferredWidth: 56
                        text: "+"
                        onClicked: page.editor.addStatement()
                    }
                    Button {
                        objectName: "statementUp"
                        Accessible.name: qsTr("Move statement up")
                        Layout.preferredWidth: 56
                        text: "↑"
                        onClicked: page.editor.moveStatement(page.editor.currentStatement, -1)
                    }
                    Button {
                        objectName: "statementDown"
                        Accessible.name: qsTr("Move statement down")
                        Layout.preferredWidth: 56
                        text: "↓"
                        onClicked: page.editor.moveStatement(page.editor.currentStatement, 1)
                    }
                    Button {
                        objectName: "removeStatement"
                        Accessible.name: qsTr("Delete statement")
                        Layout.preferredWidth: 56
                        text: "✕"
                        onClicked: page.editor.removeStatement(page.editor.currentStatement)
                    }
                }
            }

            StatementForm {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignTop
                editor: page.editor
            }
        }
    }
}
