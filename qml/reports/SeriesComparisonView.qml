import QtQuick
import QtQuick.Controls
import Dialogpunkte.Reports
import Dialogpunkte.Style

// How a network's ratings moved between the workshops of its series: per shared statement one
// dot plot per workshop side by side, with the median shift from the first to the last (stacked
// on a phone).
// Only each workshop's pooled answers are shown; nobody is followed from one workshop to the next.
Rectangle {
    id: root

    required property SeriesComparisonModel model
    property string seriesId
    property string language: "de"
    /// Text size: grows with the view from tablet to projector.
    readonly property real unit: Math.max(14, Math.min(width / 64, height / 34))
    /// A phone: each statement's parts stacked instead of side by side.
    readonly property bool compact: width < unit * 40

    function showHeaderIfAtTop() {
        if (root.compact && list.headerItem && list.contentY < list.originY + list.headerItem.height)
            list.positionViewAtBeginning();
    }

    color: ModeratorStyle.background
    onSeriesIdChanged: if (root.model)
        root.model.seriesId = root.seriesId
    onLanguageChanged: if (root.model)
        root.model.language = root.language
    // The model outlives the view: shown again for the same series, it reads the latest answers.
    Component.onCompleted: {
        root.model.language = root.language;
        if (root.seriesId.length > 0 && root.model.seriesId === root.seriesId)
            root.model.reload();
        else if (root.seriesId.length > 0)
            root.model.seriesId = root.seriesId;
    }

    ListView {
        id: list

        objectName: "seriesList"
        anchors.fill: parent
        anchors.margins: root.unit * 0.6
        clip: true
        model: root.model
        // On a phone the header scrolls away with the rows, so they keep the small screen.
        headerPositioning: root.compact ? ListView.InlineHeader : ListView.OverlayHeader
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
        }

        header: SeriesHeader {
            z: 2
            width: list.width
            title: root.model.seriesTitle
            workshops: root.model.workshops
            language: root.language
            unit: root.unit
            compact: root.compact
            // On a phone it grows once the series' workshops are listed: keep its top in view
            // (later, not while the list is still laying out its items).
            onHeightChanged: Qt.callLater(root.showHeaderIfAtTop)
        }

        section.property: "dimensionTitle"
        section.delegate: Text {
            required property string section

            objectName: "dimensionHeader"
            width: list.width
            topPadding: root.unit * 0.8
            bottomPadding: root.unit * 0.3
            text: section
            wrapMode: Text.Wrap
            font.pixelSize: root.unit * 1.2
            font.bold: true
            color: ModeratorStyle.accent
        }

        delegate: root.compact ? stackedRow : wideRow
    }

    Component {
        id: wideRow

        SeriesStatementRow {
            width: list.width
            language: root.language
            unit: root.unit
        }
    }

    Component {
        id: stackedRow

        SeriesStatementStack {
            width: list.width
            language: root.language
            unit: root.unit
        }
    }

    Text {
        objectName: "seriesEmpty"
        anchors.centerIn: parent
        width: parent.width * 0.7
        visible: root.model.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: root.model.seriesTitle.length > 0 ? qsTr("The workshops of this series share no statements yet.") : qsTr("Choose a series to compare its workshops.")
        font.pixelSize: root.unit * 1.1
        color: ModeratorStyle.mutedText
    }
}
