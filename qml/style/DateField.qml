import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A date as DD.MM.YYYY: typed, or picked from a month calendar that opens at the typed date
// (weeks start as the UI's language has it, Monday in German). `text` stays the typed form.
RowLayout {
    id: field

    property alias text: input.text
    property string accessibleName
    property real pointSize: ModeratorStyle.bodyPoint
    readonly property var locale: Qt.locale(Qt.uiLanguage.length > 0 ? Qt.uiLanguage : "de_DE")

    // The typed date, or null when the text is no DD.MM.YYYY date.
    function typedDate() {
        const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(input.text);
        if (!match)
            return null;
        const date = new Date(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
        return date.getDate() === Number(match[1]) ? date : null;
    }

    function openCalendar() {
        const shown = typedDate() ?? new Date();
        grid.month = shown.getMonth();
        grid.year = shown.getFullYear();
        calendar.open();
    }

    function pick(date) {
        input.text = Qt.formatDate(date, "dd.MM.yyyy");
        calendar.close();
    }

    function step(months) {
        const next = new Date(grid.year, grid.month + months, 1);
        grid.month = next.getMonth();
        grid.year = next.getFullYear();
    }

    spacing: ModeratorStyle.spacing * 0.5

    TextField {
        id: input

        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        font.pointSize: field.pointSize
        inputMethodHints: Qt.ImhDate
        placeholderText: qsTr("DD.MM.YYYY")
        Accessible.name: field.accessibleName
    }

    ModeratorButton {
        objectName: field.objectName + "Calendar"
        pointSize: field.pointSize
        text: qsTr("Calendar…")
        Accessible.description: field.accessibleName
        onClicked: field.openCalendar()
    }

    Popup {
        id: calendar

        objectName: field.objectName + "Popup"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        padding: ModeratorStyle.spacing

        contentItem: ColumnLayout {
            spacing: ModeratorStyle.spacing * 0.5

            RowLayout {
                Layout.fillWidth: true

                ModeratorButton {
                    objectName: field.objectName + "PreviousMonth"
                    text: "‹"
                    Accessible.name: qsTr("Previous month")
                    onClicked: field.step(-1)
                }

                Label {
                    objectName: field.objectName + "MonthTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: field.locale.standaloneMonthName(grid.month) + " " + grid.year
                    font.pointSize: field.pointSize
                    font.bold: true
                    color: ModeratorStyle.text
                }

                ModeratorButton {
                    objectName: field.objectName + "NextMonth"
                    text: "›"
                    Accessible.name: qsTr("Next month")
                    onClicked: field.step(1)
                }
            }

            DayOfWeekRow {
                Layout.fillWidth: true
                locale: grid.locale
                font.pointSize: field.pointSize * 0.9
            }

            MonthGrid {
                id: grid

                objectName: field.objectName + "Grid"
                Layout.fillWidth: true
                Layout.preferredWidth: ModeratorStyle.touchTarget * 7
                locale: field.locale
                font.pointSize: field.pointSize
                onClicked: date => field.pick(date)

                delegate: Label {
                    required property var model

                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    height: ModeratorStyle.touchTarget * 0.8
                    opacity: model.month === grid.month ? 1 : 0.35
                    text: model.day
                    font: grid.font
                    color: model.today ? ModeratorStyle.accent : ModeratorStyle.text
                    Accessible.name: Qt.formatDate(model.date, "dd.MM.yyyy")
                }
            }
        }
    }
}
