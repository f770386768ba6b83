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
    <name>GroupPicker</name>
    <message>
        <source>Your group (optional)</source>
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
    <name>Main</name>
    <message>
        <source>Dialogpunkte</source>
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
    <name>dp::GroupListModel</name>
    <message>
        <source>No answer</source>
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
</TS>
