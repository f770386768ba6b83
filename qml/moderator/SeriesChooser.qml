import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Whether the workshop belongs to a series (e.g. "Cluster 4, workshops 1–3"): none, an existing
// one, or a new one with its title.
ColumnLayout {
    id: chooser

    readonly property bool newSeries: seriesBox.currentIndex === seriesBox.count - 1

    function reset() {
        seriesBox.currentIndex = 0;
        titleField.text = "";
    }

    // The series part of the spec for Workshops.createWorkshop.
    function choice() {
        if (newSeries)
            return {
                "newSeriesTitle": titleField.text
            };
        if (seriesBox.currentIndex > 0)
            return {
                "seriesId": seriesBox.currentValue
            };
        return {};
    }

    objectName: "seriesChooser"
    spacing: ModeratorStyle.spacing / 2

    FormLabel {
        text: qsTr("Series")
    }

    ComboBox {
        id: seriesBox

        objectName: "seriesBox"
        Layout.fillWidth: true
        model: [{
                "id": "",
                "title": qsTr("No series")
            }].concat(Workshops.series).concat([{
                    "id": "",
                    "title": qsTr("New series…")
                }])
        textRole: "title"
        valueRole: "id"
        font.pointSize: ModeratorStyle.bodyPoint
        Accessible.name: qsTr("Series")
    }

    TextField {
        id: titleField

        objectName: "newSeriesField"
        Layout.fillWidth: true
        visible: chooser.newSeries
        font.pointSize: ModeratorStyle.bodyPoint
        placeholderText: qsTr("e.g. Cluster 4, workshops 1–3")
        Accessible.name: qsTr("Title of the new series")
    }
}
