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
    <name>DashboardOverview</name>
    <message>
        <source>%1 answers in round %2 from %3 connected devices</source>
        <translation>%1 Antworten in Runde %2 von %3 verbundenen Geräten</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <source>%1 devices connected (%2 known)</source>
        <translation>%1 Geräte verbunden (%2 bekannt)</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>No tablet has joined yet.</source>
        <translation>Noch ist kein Tablet beigetreten.</translation>
    </message>
</context>
<context>
    <name>DimensionSection</name>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <source>Most different answers</source>
        <translation>Am stärksten abweichende Antworten</translation>
    </message>
    <message>
        <source>Most “cannot judge”</source>
        <translation>Am häufigsten „kann ich nicht einschätzen“</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>spread %1 · cannot judge %2%</source>
        <translation>Streuung %1 · kann ich nicht einschätzen %2 %</translation>
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
    <name>FocusView</name>
    <message>
        <source>%1 · statement %2 of %3</source>
        <translation>%1 · Aussage %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot judge: %1%</source>
        <translation>kann ich nicht einschätzen: %1 %</translation>
    </message>
    <message>
        <source>consensus %1</source>
        <translation>Konsens %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Nach Gruppen</translation>
    </message>
    <message>
        <source>Groups under %1 people are shown together as “other”.</source>
        <translation>Gruppen mit weniger als %1 Personen werden zusammen als „andere“ gezeigt.</translation>
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
    <name>HostSetupPage</name>
    <message>
        <source>Host a workshop</source>
        <translation>Werkstatt leiten</translation>
    </message>
    <message>
        <source>This device becomes the hub: tablets in the same network join with the room code and send their answers here.</source>
        <translation>Dieses Gerät wird zur Zentrale: Tablets im selben Netzwerk treten mit dem Raumcode bei und senden ihre Antworten hierher.</translation>
    </message>
    <message>
        <source>Title of the workshop</source>
        <translation>Titel der Werkstatt</translation>
    </message>
    <message>
        <source>e.g. Quality dialogue, spring</source>
        <translation>z. B. Qualitätsdialog Frühjahr</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Start new workshop</source>
        <translation>Neue Werkstatt starten</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>„%1“ fortsetzen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Join a workshop</source>
        <translation>An einer Werkstatt teilnehmen</translation>
    </message>
    <message>
        <source>Workshops nearby:</source>
        <translation>Werkstätten in der Nähe:</translation>
    </message>
    <message>
        <source>No workshop found nearby yet. Enter the address the moderator shows, or paste the join link.</source>
        <translation>Noch keine Werkstatt in der Nähe gefunden. Geben Sie die Adresse ein, die die Moderation zeigt, oder fügen Sie den Teilnahmelink ein.</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message>
        <source>e.g. K7Q2</source>
        <translation>z. B. K7Q2</translation>
    </message>
    <message>
        <source>Address (host:port), if the workshop is not listed</source>
        <translation>Adresse (Host:Port), falls die Werkstatt nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>Or paste the join link</source>
        <translation>Oder fügen Sie den Teilnahmelink ein</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <name>LobbyPage</name>
    <message>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message>
        <source>Room code %1</source>
        <translation>Raumcode %1</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Teilnahmelink</translation>
    </message>
    <message>
        <source>Open all statements</source>
        <translation>Alle Aussagen freigeben</translation>
    </message>
    <message>
        <source>Close all statements</source>
        <translation>Alle Aussagen schließen</translation>
    </message>
    <message>
        <source>Start round %1</source>
        <translation>Runde %1 starten</translation>
    </message>
    <message>
        <source>%1 of %2 statements open for rating</source>
        <translation>%1 von %2 Aussagen zum Einschätzen freigegeben</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Dialogpunkte</source>
        <translation>Dialogpunkte</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
</context>
<context>
    <name>ModeratorHeader</name>
    <message>
        <source>Round %1 · %2 answers · %3 devices connected</source>
        <translation>Runde %1 · %2 Antworten · %3 Geräte verbunden</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Einzelansicht</translation>
    </message>
    <message>
        <source>Where we disagree</source>
        <translation>Wo wir uns uneinig sind</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Back to attendee view</source>
        <translation>Zurück zur Teilnehmendenansicht</translation>
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
    <message>
        <source>Open the moderator&apos;s dashboard with a demo room and simulated attendees.</source>
        <translation>Die Moderationsansicht mit einem Demo-Raum und simulierten Teilnehmenden öffnen.</translation>
    </message>
    <message>
        <source>Number of simulated tablets for --demo.</source>
        <translation>Anzahl der simulierten Tablets für --demo.</translation>
    </message>
    <message>
        <source>--demo-devices must be 1..500.</source>
        <translation>--demo-devices muss zwischen 1 und 500 liegen.</translation>
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
    <name>PresentationView</name>
    <message>
        <source>Room code %1</source>
        <translation>Raumcode %1</translation>
    </message>
    <message>
        <source>Close presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Dialogpunkte – presentation</source>
        <translation>Dialogpunkte – Präsentation</translation>
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
    <message>
        <source>Moderation: host a workshop</source>
        <translation>Moderation: eine Werkstatt leiten</translation>
    </message>
    <message>
        <source>Edit or create a catalog</source>
        <translation>Katalog bearbeiten oder anlegen</translation>
    </message>
</context>
<context>
    <name>StatementControls</name>
    <message>
        <source>Close voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>Abstimmung freigeben</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Ergebnisse verbergen</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
</context>
<context>
    <name>StatementNotes</name>
    <message>
        <source>Notes on this statement</source>
        <translation>Notizen zu dieser Aussage</translation>
    </message>
    <message>
        <source>What the group said, open questions, next steps …</source>
        <translation>Was die Gruppe gesagt hat, offene Fragen, nächste Schritte …</translation>
    </message>
</context>
<context>
    <name>StatementPlot</name>
    <message>
        <source>Results of: %1</source>
        <translation>Ergebnisse zu: %1</translation>
    </message>
    <message>
        <source>Results hidden: %1</source>
        <translation>Ergebnisse verborgen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Results hidden · %n answer(s) in</source>
        <translation>
            <numerusform>Ergebnisse verborgen · %n Antwort eingegangen</numerusform>
            <numerusform>Ergebnisse verborgen · %n Antworten eingegangen</numerusform>
        </translation>
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
    <message>
        <source>Demo workshop</source>
        <translation>Demo-Werkstatt</translation>
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
    <message>
        <source>The joined workshop is not stored on this device.</source>
        <translation>Die Werkstatt, an der Sie teilnehmen, ist auf diesem Gerät nicht gespeichert.</translation>
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
    <name>dp::DemoSimulation</name>
    <message>
        <source>dialogpunkte-cli was not found next to the app</source>
        <translation>dialogpunkte-cli wurde nicht neben der App gefunden</translation>
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
    <name>dp::JoinController</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline – answers are saved on this device</source>
        <translation>Offline – die Antworten werden auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>Please enter the address as host:port, e.g. 192.168.1.20:47110.</source>
        <translation>Bitte geben Sie die Adresse als Host:Port ein, z. B. 192.168.1.20:47110.</translation>
    </message>
    <message>
        <source>This is not a workshop link: %1</source>
        <translation>Das ist kein Link zu einer Werkstatt: %1</translation>
    </message>
    <message>
        <source>Please choose a workshop from the list.</source>
        <translation>Bitte wählen Sie eine Werkstatt aus der Liste.</translation>
    </message>
    <message>
        <source>Please enter the room code the moderator shows.</source>
        <translation>Bitte geben Sie den Raumcode ein, den die Moderation zeigt.</translation>
    </message>
    <message>
        <source>This device could not be registered in the workshop: %1</source>
        <translation>Dieses Gerät konnte nicht bei der Werkstatt angemeldet werden: %1</translation>
    </message>
</context>
<context>
    <name>dp::ModeratorSession</name>
    <message>
        <source>The workshop database cannot be opened: %1</source>
        <translation>Die Datenbank der Werkstatt lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Other groups (too small to show alone)</source>
        <translation>Andere Gruppen (zu klein, um sie einzeln zu zeigen)</translation>
    </message>
    <message>
        <source>The note cannot be saved: no workshop is open.</source>
        <translation>Die Notiz kann nicht gespeichert werden: Es ist keine Werkstatt geöffnet.</translation>
    </message>
    <message>
        <source>The note cannot be saved: %1</source>
        <translation>Die Notiz kann nicht gespeichert werden: %1</translation>
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
<context>
    <name>dp::SyncClient</name>
    <message>
        <source>Offline – answers are saved on this device and sent later. %1</source>
        <translation>Offline – die Antworten werden auf diesem Gerät gespeichert und später gesendet. %1</translation>
    </message>
</context>
</TS>
