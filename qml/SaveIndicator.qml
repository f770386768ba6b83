import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// Small, calm confirmation that the current answer is stored; loud only when saving failed.
RowLayout {
    id: indicator

    // One word where the top bar is short of room; the full sentence stays for screen readers.
    property bool compact: false

    readonly property int state: Workshop.flow.saveState
    readonly property string label: {
        switch (state) {
        case RatingFlow.SavedLocally:
            return qsTr("Saved on this device");
        case RatingFlow.Acknowledged:
            return qsTr("Received by the moderator");
        case RatingFlow.Failed:
            return qsTr("Not saved");
        default:
            return "";
        }
    }
    readonly property string shortLabel: {
        switch (state) {
        case RatingFlow.SavedLocally:
            return qsTr("Saved");
        case RatingFlow.Acknowledged:
            return qsTr("Received");
        case RatingFlow.Failed:
            return qsTr("Not saved");
        default:
            return "";
        }
    }

    objectName: "saveIndicator"
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.StaticText
    Accessible.name: label

    Rectangle {
        visible: indicator.label.length > 0
        implicitWidth: Theme.metrics.height * 0.55
        implicitHeight: implicitWidth
        radius: width / 2
        color: indicator.state === RatingFlow.Failed ? Theme.error : Theme.success
    }

    Text {
        objectName: "saveIndicatorText"
        text: indicator.compact ? indicator.shortLabel : indicator.label
        font.pointSize: Theme.smallPoint
        color: indicator.state === RatingFlow.Failed ? Theme.error : Theme.mutedText
    }
}
