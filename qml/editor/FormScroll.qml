import QtQuick
import QtQuick.Controls

// Scrolls a form vertically on short screens; the form takes the full width.
ScrollView {
    id: scroll

    default property alias form: holder.data

    contentWidth: availableWidth
    clip: true

    Item {
        id: holder

        width: scroll.availableWidth
        implicitHeight: childrenRect.height + 16
        y: 8
    }
}
