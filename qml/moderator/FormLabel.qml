import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Style

// The label above a field of the moderator's forms.
Label {
    Layout.fillWidth: true
    Layout.topMargin: ModeratorStyle.spacing / 2
    font.pointSize: ModeratorStyle.bodyPoint
    font.bold: true
    color: ModeratorStyle.text
    wrapMode: Text.Wrap
}
