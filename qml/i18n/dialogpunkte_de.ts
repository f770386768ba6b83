<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Path of a catalog file (.json)</source>
        <translation>Pfad einer Katalogdatei (.json)</translation>
    </message>
    <message>
        <source>Path of a catalog file</source>
        <translation>Pfad einer Katalogdatei</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>%1 statements</source>
        <translation>%1 Aussagen</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>You answered %1 of %2 statements. Your answers are saved on this device.</source>
        <translation>Sie haben %1 von %2 Aussagen beantwortet. Ihre Antworten sind auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <source>Review or change answers</source>
        <translation>Antworten ansehen oder ändern</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zur Startseite</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>Your group (optional)</source>
        <translation>Ihre Gruppe (freiwillig)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Dialogpunkte</source>
        <translation>Dialogpunkte</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Dialogpunkte: rate statements in a workshop.</source>
        <translation>Dialogpunkte: Aussagen in einer Werkstatt einschätzen.</translation>
    </message>
    <message>
        <source>Keep the local data in &lt;dir&gt;.</source>
        <translation>Lokale Daten in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Start in language &lt;code&gt; (de, en, ar, ...).</source>
        <translation>In Sprache &lt;code&gt; starten (de, en, ar, ...).</translation>
    </message>
    <message>
        <source>Load every page once in a temporary data folder and exit; non-zero on QML errors.</source>
        <translation>Jede Seite einmal in einem temporären Datenordner laden und beenden; bei QML-Fehlern ungleich null.</translation>
    </message>
    <message>
        <source>Save a picture of a page to &lt;file&gt; and exit.</source>
        <translation>Ein Bild einer Seite in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Fenstergröße für --screenshot, z. B. 390x844.</translation>
    </message>
    <message>
        <source>Page for --screenshot: %1.</source>
        <translation>Seite für --screenshot: %1.</translation>
    </message>
    <message>
        <source>Built-in catalog id for --screenshot.</source>
        <translation>Kennung eines eingebauten Katalogs für --screenshot.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 390x844, got &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 390x844, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--page must be one of: %1.</source>
        <translation>--page muss eines davon sein: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 of %2 statements answered. Tap a statement to change your answer.</source>
        <translation>%1 von %2 Aussagen beantwortet. Tippen Sie auf eine Aussage, um Ihre Antwort zu ändern.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>OverviewRow</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>received by the moderator</source>
        <translation>bei der Moderation angekommen</translation>
    </message>
    <message>
        <source>saved on this device</source>
        <translation>auf diesem Gerät gespeichert</translation>
    </message>
</context>
<context>
    <name>RatingNavigation</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>Rating</source>
        <translation>Einschätzen</translation>
    </message>
    <message>
        <source>Area %1 of %2</source>
        <translation>Bereich %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Aussage %1 von %2</translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Shared device: the next person starts with empty answers.</source>
        <translation>Gemeinsames Gerät: Die nächste Person beginnt mit leeren Antworten.</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saved on this device</source>
        <translation>Auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>Received by the moderator</source>
        <translation>Bei der Moderation angekommen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Rate the statements on your own. Your answers stay on this device and carry no name.</source>
        <translation>Schätzen Sie die Aussagen für sich ein. Ihre Antworten bleiben auf diesem Gerät und tragen keinen Namen.</translation>
    </message>
    <message>
        <source>Start on this device</source>
        <translation>Auf diesem Gerät starten</translation>
    </message>
    <message>
        <source>Shared device (e.g. parents&apos; feedback): after finishing, the next person starts fresh</source>
        <translation>Gemeinsames Gerät (z. B. Elternrückmeldung): Nach „Fertig“ beginnt die nächste Person neu</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>Thank you for your feedback!</source>
        <translation>Danke für Ihre Rückmeldung!</translation>
    </message>
    <message>
        <source>Your answers are saved without your name. Please hand the device to the next person.</source>
        <translation>Ihre Antworten sind ohne Namen gespeichert. Bitte geben Sie das Gerät an die nächste Person weiter.</translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translation>Für die nächste Person starten</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zur Startseite</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Dialogpunkte</source>
        <translation>Dialogpunkte</translation>
    </message>
</context>
<context>
    <name>dp::Application</name>
    <message>
        <source>The data folder cannot be used: %1</source>
        <translation>Der Datenordner kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The local database cannot be opened, so nothing can be saved. Nothing in it was changed. Reason: %1</source>
        <translation>Die lokale Datenbank lässt sich nicht öffnen, daher kann nichts gespeichert werden. In ihr wurde nichts verändert. Grund: %1</translation>
    </message>
</context>
<context>
    <name>dp::AttendeeSession</name>
    <message>
        <source>%1, started %2</source>
        <translation>%1, begonnen %2</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is not offered in this session.</source>
        <translation>Die Gruppe „%1“ gibt es in dieser Sitzung nicht.</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Die Sitzung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>A new participant could not be created: %1</source>
        <translation>Es konnte keine neue teilnehmende Person angelegt werden: %1</translation>
    </message>
    <message>
        <source>There is no session on this device to continue.</source>
        <translation>Auf diesem Gerät gibt es keine Sitzung zum Fortsetzen.</translation>
    </message>
</context>
<context>
    <name>dp::CatalogListModel</name>
    <message>
        <source>Please enter the path of a catalog file.</source>
        <translation>Bitte geben Sie den Pfad einer Katalogdatei ein.</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be used: %2</source>
        <translation>Die Katalogdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Please choose a catalog.</source>
        <translation>Bitte wählen Sie einen Katalog.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be used: %2</source>
        <translation>Der Katalog %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>dp::GroupListModel</name>
    <message>
        <source>No answer</source>
        <translation>Keine Angabe</translation>
    </message>
</context>
<context>
    <name>dp::RatingFlow</name>
    <message>
        <source>There is no statement to answer.</source>
        <translation>Es gibt keine Aussage zum Beantworten.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
</TS>
