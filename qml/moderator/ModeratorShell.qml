import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Reports
import Dialogpunkte.Style

// The moderator's whole UI without a window: the workshops (prepare, export, compare a series),
// then, while one is hosted, the room (code and devices), the dashboard, the focus view and the
// presentation. Arrow keys and a presenter's clicker (PageUp/PageDown) step through the
// statements in focus and presentation; R shows or hides the results of the statement in focus;
// in the presentation Q shows the QR code to join and H the keys (shown for a few seconds when
// it starts).
FocusScope {
    id: shell

    // A demo starts where the answers can be seen arriving.
    property string currentView: Moderator.demo ? "overview" : "lobby"
    property bool presenting: false
    // In the presentation: the QR code to join instead of the statement; the key hints.
    property bool presentingJoin: false
    property bool keyHintsShown: false
    // Without a hosted workshop: "workshops", or "export" / "series" for the selected workshop
    // or series (their views are loaded into exportViewSlot / seriesViewSlot).
    property string libraryView: "workshops"
    property string selectedSessionId
    property string selectedSeriesId
    readonly property bool secondScreen: Qt.application.screens.length > 1
    readonly property Item currentItem: !Moderator.hosting ? (setupLoader.item ? setupLoader.item.children[setupLoader.item.currentIndex] : null) : (presenting && !secondScreen ? presentationOverlay : views.children[views.currentIndex])

    signal closeRequested

    function showView(name) {
        currentView = name;
        shell.forceActiveFocus();
    }

    function showLibraryView(name) {
        libraryView = name;
        shell.forceActiveFocus();
    }

    function showStatement(statementId) {
        Moderator.focusStatement(statementId);
        showView("focus");
    }

    function handleKey(event) {
        const stepping = presenting || currentView === "focus";
        if (!stepping)
            return;
        if (event.key === Qt.Key_Right || event.key === Qt.Key_Down || event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
            Moderator.focusNext();
            event.accepted = true;
        } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Up || event.key === Qt.Key_PageUp) {
            Moderator.focusPrevious();
            event.accepted = true;
        } else if (event.key === Qt.Key_R) {
            const id = Moderator.focusStatementId;
            if (id.length > 0)
                Moderator.setRevealed(id, !Moderator.isRevealed(id));
            event.accepted = true;
        } else if (event.key === Qt.Key_Q && presenting) {
            presentingJoin = !presentingJoin;
            event.accepted = true;
        } else if (event.key === Qt.Key_H && presenting) {
            hintTimer.stop();
            keyHintsShown = !keyHintsShown;
            event.accepted = true;
        } else if (event.key === Qt.Key_Escape && presenting) {
            presenting = false;
            event.accepted = true;
        }
    }

    onPresentingChanged: {
        presentingJoin = false;
        keyHintsShown = presenting;
        if (presenting)
            hintTimer.restart();
    }

    objectName: "moderatorShell"
    focus: true
    Keys.onPressed: event => shell.handleKey(event)

    Rectangle {
        anchors.fill: parent
        color: ModeratorStyle.background
    }

    // The key hints go away by themselves after a few seconds; H brings them back.
    Timer {
        id: hintTimer

        objectName: "keyHintTimer"
        interval: 6000
        onTriggered: shell.keyHintsShown = false
    }

    Loader {
        id: setupLoader

        anchors.fill: parent
        active: !Moderator.hosting

        sourceComponent: StackLayout {
            currentIndex: ["workshops", "export", "series"].indexOf(shell.libraryView)

            WorkshopsPage {
                onBackRequested: shell.closeRequested()
                onExportRequested: id => {
                    shell.selectedSessionId = id;
                    shell.showLibraryView("export");
                }
                onCompareSeriesRequested: id => {
                    shell.selectedSeriesId = id;
                    shell.showLibraryView("series");
                }
            }

            LibrarySlot {
                objectName: "exportViewSlot"
                loaderName: "exportViewLoader"
                onBackRequested: shell.showLibraryView("workshops")

                sourceComponent: ExportPanel {
                    exporter: Exports
                    sessionId: shell.selectedSessionId
                    language: Moderator.language
                }
            }

            LibrarySlot {
                objectName: "seriesViewSlot"
                loaderName: "seriesViewLoader"
                onBackRequested: shell.showLibraryView("workshops")

                sourceComponent: SeriesComparisonView {
                    model: SeriesComparison
                    seriesId: shell.selectedSeriesId
                    language: Moderator.language
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: Moderator.hosting

        ModeratorHeader {
            Layout.fillWidth: true
            currentView: shell.currentView
            onViewRequested: name => shell.showView(name)
            onPresentRequested: {
                shell.presenting = true;
                shell.forceActiveFocus();
            }
            onCloseRequested: shell.closeRequested()
        }

        StackLayout {
            id: views

            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ["lobby", "overview", "focus", "disagreement"].indexOf(shell.currentView)

            LobbyPage {
            }

            DashboardOverview {
                onStatementChosen: id => shell.showStatement(id)
            }

            FocusView {
            }

            DisagreementPanel {
                onStatementChosen: id => shell.showStatement(id)
            }
        }
    }

    // After voting was closed: a few seconds to take it back, above every view but the
    // presentation (the room does not need to see it).
    UndoBar {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: ModeratorStyle.margin
        visible: closedCount > 0 && Moderator.hosting
    }

    // One screen: the presentation covers the controls until Escape or its close button.
    PresentationView {
        id: presentationOverlay

        anchors.fill: parent
        visible: shell.presenting && !shell.secondScreen && Moderator.hosting
        showCloseButton: true
        showJoin: shell.presentingJoin
        showHints: shell.keyHintsShown
        onCloseRequested: {
            shell.presenting = false;
            shell.forceActiveFocus();
        }
    }

    // Two screens: the projector gets a window of its own, the controls stay here.
    Loader {
        active: shell.presenting && shell.secondScreen && Moderator.hosting

        sourceComponent: PresentationWindow {
            targetScreen: Qt.application.screens[1]
            showJoin: shell.presentingJoin
            showHints: shell.keyHintsShown
            onClosing: shell.presenting = false
            onKeyPressed: event => shell.handleKey(event)
        }
    }
}
