import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// Back, overview and next (or finish on the last statement).
Rectangle {
    id: bar

    required property RatingFlow flow
    // Three buttons share a phone's width: "Überspringen" needs the room more than the padding.
    readonly property real buttonPadding: width < Theme.maxContentWidth ? Theme.spacing / 2 : Theme.margin

    signal overviewRequested

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: row

        anchors {
            fill: parent
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            topMargin: Theme.spacing
            bottomMargin: Theme.spacing
        }
        spacing: Theme.spacing

        ActionButton {
            objectName: "backButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            leftPadding: bar.buttonPadding
            rightPadding: bar.buttonPadding
            text: qsTr("Back")
            enabled: bar.flow.canGoBack
            onClicked: bar.flow.back()
        }

        ActionButton {
            objectName: "overviewButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            leftPadding: bar.buttonPadding
            rightPadding: bar.buttonPadding
            text: qsTr("Overview")
            onClicked: bar.overviewRequested()
        }

        ActionButton {
            objectName: "nextButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            leftPadding: bar.buttonPadding
            rightPadding: bar.buttonPadding
            visible: !bar.flow.atLast
            primary: bar.flow.hasAnswer
            text: bar.flow.hasAnswer ? qsTr("Next") : qsTr("Skip")
            onClicked: bar.flow.next()
        }

        ActionButton {
            objectName: "finishButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            leftPadding: bar.buttonPadding
            rightPadding: bar.buttonPadding
            visible: bar.flow.atLast
            primary: true
            text: qsTr("Finish")
            onClicked: bar.flow.finish()
        }
    }
}
