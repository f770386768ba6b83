import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Preparing a workshop: title, date, the statements (a built-in catalog or a catalog file) and
// which of its dimensions, the groups for breakdowns, the anonymity threshold and the series.
Flickable {
    id: form

    signal cancelled
    signal created(string sessionId)

    function reset() {
        titleField.text = "";
        dateField.text = Qt.formatDate(new Date(), "dd.MM.yyyy");
        catalogBox.currentIndex = 0;
        pathField.text = "";
        groups.reset();
        kBox.value = 5;
        series.reset();
        dimensions.load();
    }

    function spec() {
        const result = {
            "title": titleField.text,
            "date": dateField.text,
            "dimensionIds": dimensions.chosenIds(),
            "groups": groups.names(),
            "k": kBox.value
        };
        if (catalogBox.fromFile)
            result.catalogPath = pathField.text;
        else
            result.catalogId = catalogBox.currentValue;
        Object.assign(result, series.choice());
        return result;
    }

    function create() {
        const id = Workshops.createWorkshop(spec());
        if (id.length > 0)
            created(id);
        return id;
    }

    objectName: "newWorkshopForm"
    contentHeight: column.implicitHeight + ModeratorStyle.margin * 2
    clip: true
    Component.onCompleted: reset()

    ColumnLayout {
        id: column

        x: Math.max(ModeratorStyle.margin, (form.width - width) / 2)
        y: ModeratorStyle.margin
        width: Math.min(form.width - ModeratorStyle.margin * 2, ModeratorStyle.metrics.averageCharacterWidth * 80)
        spacing: ModeratorStyle.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("New workshop")
            font.pointSize: ModeratorStyle.titlePoint
            font.bold: true
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }

        FormLabel {
            text: qsTr("Title of the workshop")
        }

        TextField {
            id: titleField

            objectName: "newTitleField"
            Layout.fillWidth: true
            font.pointSize: ModeratorStyle.bodyPoint
            placeholderText: qsTr("e.g. Cluster 4, workshop 1")
            Accessible.name: qsTr("Title of the workshop")
        }

        FormLabel {
            text: qsTr("Date (DD.MM.YYYY)")
        }

        DateField {
            id: dateField

            objectName: "newDateField"
            Layout.fillWidth: true
            accessibleName: qsTr("Date (DD.MM.YYYY)")
        }

        FormLabel {
            text: qsTr("Statements")
        }

        ComboBox {
            id: catalogBox

            readonly property bool fromFile: currentIndex === count - 1

            objectName: "catalogBox"
            Layout.fillWidth: true
            model: Moderator.catalogs.concat([{
                        "id": "",
                        "title": qsTr("From a catalog file…")
                    }])
            textRole: "title"
            valueRole: "id"
            font.pointSize: ModeratorStyle.bodyPoint
            Accessible.name: qsTr("Statements")
            onActivated: dimensions.load()
        }

        PathField {
            id: pathField

            objectName: "catalogPathField"
            Layout.fillWidth: true
            visible: catalogBox.fromFile
            placeholderText: qsTr("Path of the catalog file (.json)")
            accessibleName: qsTr("Path of the catalog file (.json)")
            dialogTitle: qsTr("Catalog file")
            nameFilters: [qsTr("Catalogs (*.json)")]
            onChosen: dimensions.load()
            onEditingFinished: dimensions.load()
        }

        DimensionChecklist {
            id: dimensions

            function load() {
                if (catalogBox.fromFile && pathField.text.trim().length === 0)
                    setDimensions([]);
                else
                    setDimensions(Workshops.catalogDimensions(catalogBox.fromFile ? "" : catalogBox.currentValue, catalogBox.fromFile ? pathField.text : ""));
            }

            Layout.fillWidth: true
        }

        GroupsEditor {
            id: groups

            Layout.fillWidth: true
        }

        FormLabel {
            text: qsTr("Anonymity threshold")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: ModeratorStyle.spacing

            SpinBox {
                id: kBox

                objectName: "kSpinBox"
                from: 3
                to: 50
                value: 5
                editable: true
                font.pointSize: ModeratorStyle.bodyPoint
                Accessible.name: qsTr("Anonymity threshold")
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Groups with fewer people are shown together, so nobody's answers can be recognised.")
                font.pointSize: ModeratorStyle.bodyPoint
                color: ModeratorStyle.mutedText
                wrapMode: Text.Wrap
            }
        }

        SeriesChooser {
            id: series

            Layout.fillWidth: true
        }

        Label {
            objectName: "newWorkshopError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Workshops.errorText
            color: ModeratorStyle.error
            font.pointSize: ModeratorStyle.bodyPoint
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            spacing: ModeratorStyle.spacing

            ModeratorButton {
                objectName: "createWorkshopButton"
                primary: true
                text: qsTr("Prepare workshop")
                onClicked: form.create()
            }

            ModeratorButton {
                objectName: "cancelNewWorkshopButton"
                text: qsTr("Cancel")
                onClicked: form.cancelled()
            }
        }
    }
}
