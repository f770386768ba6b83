import QtQuick
import QtTest
import Dialogpunkte.Style

// DateField: the calendar opens at the typed date (or today), steps through months and writes
// the picked day as DD.MM.YYYY; typing stays possible.
Item {
    id: root

    width: 800
    height: 600

    Component {
        id: fieldComponent

        DateField {
            objectName: "date"
            width: 400
        }
    }

    TestCase {
        name: "DateField"
        when: windowShown

        function test_pickFromTheCalendar() {
            const field = createTemporaryObject(fieldComponent, root);
            verify(field);
            field.text = "14.04.2026";
            compare(field.typedDate().getMonth(), 3);
            mouseClick(findChild(field, "dateCalendar"));
            const popup = findChild(field, "datePopup");
            tryCompare(popup, "opened", true);
            const grid = findChild(popup.contentItem, "dateGrid");
            compare(grid.month, 3);
            compare(grid.year, 2026);
            mouseClick(findChild(popup.contentItem, "dateNextMonth"));
            compare(grid.month, 4);
            grid.clicked(new Date(2026, 4, 7));
            compare(field.text, "07.05.2026");
            tryCompare(popup, "visible", false);
            // December steps into January of the next year.
            field.text = "03.12.2026";
            field.openCalendar();
            tryCompare(popup, "opened", true);
            field.step(1);
            compare(grid.month, 0);
            compare(grid.year, 2027);
            popup.close();
        }

        function test_badTextOpensToday() {
            const field = createTemporaryObject(fieldComponent, root);
            field.text = "31.02.2026";
            compare(field.typedDate(), null, "no 31 February");
            field.text = "irgendwann";
            field.openCalendar();
            const grid = findChild(findChild(field, "datePopup").contentItem, "dateGrid");
            compare(grid.month, new Date().getMonth());
            findChild(field, "datePopup").close();
            compare(field.text, "irgendwann", "typing is left alone");
        }
    }
}
