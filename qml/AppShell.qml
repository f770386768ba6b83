import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// The whole attendee UI without the window, so tests can create it: top bar and page stack.
// The page follows Workshop.phase, or the group choice while a joining person picks a group;
// only the overview is pushed on top of the rating page.
Item {
    id: shell

    readonly property Item currentItem: stack.currentItem
    readonly property string currentPage: stack.currentItem ? stack.currentItem.objectName : ""
    readonly property bool choosingGroup: Join !== null && Join.groupChoice.open

    function currentPageComponent() {
        return choosingGroup ? groupChoicePage : pageFor(Workshop.phase);
    }

    function showCurrentPage() {
        stack.replace(null, currentPageComponent(), {}, StackView.Immediate);
    }

    function pageFor(phase) {
        switch (phase) {
        case Workshop.Rating:
            return ratingPage;
        case Workshop.Finished:
            return finishPage;
        case Workshop.ThankYou:
            return thankYouPage;
        case Workshop.Ended:
            return endedPage;
        default:
            return startPage;
        }
    }

    function showOverview() {
        if (Workshop.phase === Workshop.Rating && currentPage !== "overviewPage")
            stack.push(overviewPage, {}, StackView.Immediate);
    }

    function closeOverview() {
        if (currentPage === "overviewPage")
            stack.pop(StackView.Immediate);
    }

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            showSaveState: shell.currentPage === "ratingPage"
        }

        StackView {
            id: stack

            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: shell.currentPageComponent()
        }
    }

    onChoosingGroupChanged: showCurrentPage()

    Connections {
        function onPhaseChanged() {
            shell.showCurrentPage();
        }

        // A new round starts on the rating page, where its notice is shown.
        function onRoundNoticeChanged() {
            if (Workshop.roundNotice.length > 0)
                shell.closeOverview();
        }

        target: Workshop
    }

    Component {
        id: startPage

        StartPage {
        }
    }

    Component {
        id: ratingPage

        RatingPage {
            onOverviewRequested: shell.showOverview()
        }
    }

    Component {
        id: overviewPage

        OverviewPage {
            onCloseRequested: shell.closeOverview()
        }
    }

    Component {
        id: finishPage

        FinishPage {
        }
    }

    Component {
        id: thankYouPage

        ThankYouPage {
        }
    }

    Component {
        id: endedPage

        EndedPage {
        }
    }

    Component {
        id: groupChoicePage

        GroupChoicePage {
        }
    }
}
