<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a catalog file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardOverview</name>
    <message>
        <source>%1 answers in round %2 from %3 connected devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <source>%1 devices connected (%2 known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tablet has joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionSection</name>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <source>Most different answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most “cannot judge”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread %1 · cannot judge %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered %1 of %2 statements. Your answers are saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review or change answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <source>%1 · statement %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot judge: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups under %1 people are shown together as “other”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>Your group (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostSetupPage</name>
    <message>
        <source>Host a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device becomes the hub: tablets in the same network join with the room code and send their answers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quality dialogue, spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start new workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Join a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops nearby:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop found nearby yet. Enter the address the moderator shows, or paste the join link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. K7Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (host:port), if the workshop is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste the join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyPage</name>
    <message>
        <source>Room code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open all statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close all statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 statements open for rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Dialogpunkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeratorHeader</name>
    <message>
        <source>Round %1 · %2 answers · %3 devices connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to attendee view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Dialogpunkte: rate statements in a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local data in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in language &lt;code&gt; (de, en, ar, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page once in a temporary data folder and exit; non-zero on QML errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of a page to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page for --screenshot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in catalog id for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 390x844, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the moderator&apos;s dashboard with a demo room and simulated attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated tablets for --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-devices must be 1..500.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 statements answered. Tap a statement to change your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewRow</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received by the moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Room code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Dialogpunkte – presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingNavigation</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared device: the next person starts with empty answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the statements on your own. Your answers stay on this device and carry no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared device (e.g. parents&apos; feedback): after finishing, the next person starts fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation: host a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit or create a catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementControls</name>
    <message>
        <source>Close voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementNotes</name>
    <message>
        <source>Notes on this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group said, open questions, next steps …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPlot</name>
    <message>
        <source>Results of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Results hidden · %n answer(s) in</source>
        <translation>
            <numerusform>Results hidden · %n answer in</numerusform>
            <numerusform>Results hidden · %n answers in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your feedback!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved without your name. Please hand the device to the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Dialogpunkte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::Application</name>
    <message>
        <source>The data folder cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be opened, so nothing can be saved. Nothing in it was changed. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::AttendeeSession</name>
    <message>
        <source>%1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is not offered in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new participant could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session on this device to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joined workshop is not stored on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::CatalogListModel</name>
    <message>
        <source>Please enter the path of a catalog file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::DemoSimulation</name>
    <message>
        <source>dialogpunkte-cli was not found next to the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::GroupListModel</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::JoinController</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline – answers are saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the address as host:port, e.g. 192.168.1.20:47110.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a workshop link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a workshop from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the room code the moderator shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not be registered in the workshop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::ModeratorSession</name>
    <message>
        <source>The workshop database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other groups (too small to show alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note cannot be saved: no workshop is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::RatingFlow</name>
    <message>
        <source>There is no statement to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::SyncClient</name>
    <message>
        <source>Offline – answers are saved on this device and sent later. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
