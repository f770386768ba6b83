<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CatalogHeaderForm</name>
    <message>
        <source>Catalog title</source>
        <translation>Katalogtitel</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>Katalog-ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Workshops keep their own copy of the catalog: changes here never alter a running or stored session. Give a changed catalog a new version.</source>
        <translation>Werkstätten behalten ihre eigene Kopie des Katalogs: Änderungen hier verändern keine laufende oder gespeicherte Sitzung. Geben Sie einem geänderten Katalog eine neue Version.</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgehen von</translation>
    </message>
    <message>
        <source>Built-in catalog</source>
        <translation>Mitgelieferter Katalog</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
</context>
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
    <message>
        <source>%1 statements, in %2</source>
        <translation>%1 Aussagen, auf %2</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete workshop?</source>
        <translation>Werkstatt löschen?</translation>
    </message>
    <message>
        <source>“%1” will be deleted with all its answers, participants and notes. This cannot be undone.</source>
        <translation>„%1“ wird mit allen Antworten, Teilnehmenden und Notizen gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>DashboardOverview</name>
    <message numerus="yes">
        <source>%n answer(s) in round %1 in total</source>
        <translation>
            <numerusform>%n Antwort in Runde %1 insgesamt</numerusform>
            <numerusform>%n Antworten in Runde %1 insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected now</source>
        <translation>
            <numerusform>%n Gerät jetzt verbunden</numerusform>
            <numerusform>%n Geräte jetzt verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected</source>
        <translation>
            <numerusform>%n Gerät verbunden</numerusform>
            <numerusform>%n Geräte verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined so far: %1, %2</source>
        <translation>Bisher beigetreten: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tablet(s)</source>
        <translation>
            <numerusform>%n Tablet</numerusform>
            <numerusform>%n Tablets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the browser</source>
        <translation>
            <numerusform>%n im Browser</numerusform>
            <numerusform>%n im Browser</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Browser %1</source>
        <translation>Browser %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>No device has joined yet.</source>
        <translation>Noch ist kein Gerät beigetreten.</translation>
    </message>
</context>
<context>
    <name>DimensionChecklist</name>
    <message>
        <source>Dimensions (%1 of %2 chosen)</source>
        <translation>Dimensionen (%1 von %2 ausgewählt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n statement(s))</source>
        <translation>
            <numerusform>%1 (%n Aussage)</numerusform>
            <numerusform>%1 (%n Aussagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimensionForm</name>
    <message>
        <source>Choose or add a dimension.</source>
        <translation>Wählen Sie eine Dimension aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Dimension title</source>
        <translation>Titel der Dimension</translation>
    </message>
    <message>
        <source>Optional description</source>
        <translation>Optionale Beschreibung</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimensionList</name>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation>Dimension hinzufügen</translation>
    </message>
    <message>
        <source>Move dimension up</source>
        <translation>Dimension nach oben verschieben</translation>
    </message>
    <message>
        <source>Move dimension down</source>
        <translation>Dimension nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete dimension</source>
        <translation>Dimension löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the untitled dimension with %n statement(s)?</source>
        <translation>
            <numerusform>Die Dimension ohne Titel mit %n Aussage löschen?</numerusform>
            <numerusform>Die Dimension ohne Titel mit %n Aussagen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with %n statement(s)?</source>
        <translation>
            <numerusform>„%1“ mit %n Aussage löschen?</numerusform>
            <numerusform>„%1“ mit %n Aussagen löschen?</numerusform>
        </translation>
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
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>spread %1 · cannot judge %2%</source>
        <translation>Streuung %1 · kann ich nicht einschätzen %2 %</translation>
    </message>
    <message>
        <source>No results are shown yet. Statements appear here once their results are revealed.</source>
        <translation>Noch sind keine Ergebnisse aufgedeckt. Aussagen erscheinen hier, sobald ihre Ergebnisse gezeigt werden.</translation>
    </message>
    <message>
        <source>Only statements whose results are revealed are listed.</source>
        <translation>Aufgeführt sind nur Aussagen, deren Ergebnisse aufgedeckt sind.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Next workshop of the series</source>
        <translation>Nächste Werkstatt der Reihe</translation>
    </message>
    <message>
        <source>The same statements, groups and anonymity threshold; no answers yet.</source>
        <translation>Dieselben Aussagen, Gruppen und dieselbe Anonymitätsschwelle, noch ohne Antworten.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation>Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EditorConfirmDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
</context>
<context>
    <name>EditorListItem</name>
    <message>
        <source>%1, translation missing: %2</source>
        <translation>%1, Übersetzung fehlt: %2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Edit catalog</source>
        <translation>Katalog bearbeiten</translation>
    </message>
</context>
<context>
    <name>EndedPage</name>
    <message>
        <source>The workshop has ended</source>
        <translation>Die Werkstatt ist beendet</translation>
    </message>
    <message>
        <source>The workshop has ended – thank you</source>
        <translation>Die Werkstatt ist beendet – vielen Dank</translation>
    </message>
    <message>
        <source>You answered %1 of %2 statements. You can still look at your answers; they can no longer be changed.</source>
        <translation>Sie haben %1 von %2 Aussagen beantwortet. Sie können Ihre Antworten noch ansehen, aber nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The answers are saved without names. Nothing more can be rated.</source>
        <translation>Die Antworten sind ohne Namen gespeichert. Es kann nichts mehr bewertet werden.</translation>
    </message>
    <message>
        <source>Look at my answers</source>
        <translation>Meine Antworten ansehen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zur Startseite</translation>
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
    <name>ExportFormatList</name>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>All dot plots with key figures and your notes, for the documentation</source>
        <translation>Alle Punktwolken mit Kennzahlen und Ihren Notizen, für die Dokumentation</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>One sheet of answers, one of figures per statement</source>
        <translation>Ein Blatt mit den Antworten, eines mit den Kennzahlen je Aussage</translation>
    </message>
    <message>
        <source>CSV for German Excel (;)</source>
        <translation>CSV für deutsches Excel (;)</translation>
    </message>
    <message>
        <source>Answers and figures as two files, separated by semicolons</source>
        <translation>Antworten und Kennzahlen als zwei Dateien, getrennt durch Semikolons</translation>
    </message>
    <message>
        <source>CSV (,)</source>
        <translation>CSV (,)</translation>
    </message>
    <message>
        <source>Answers and figures as two files, separated by commas</source>
        <translation>Antworten und Kennzahlen als zwei Dateien, getrennt durch Kommas</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>For further processing with other programs</source>
        <translation>Zur Weiterverarbeitung mit anderen Programmen</translation>
    </message>
    <message>
        <source>PNG images into a folder</source>
        <translation>PNG-Bilder in einen Ordner</translation>
    </message>
    <message>
        <source>One projector-sized image per statement with answers</source>
        <translation>Ein Bild in Beamer-Größe je Aussage mit Antworten</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export this workshop</source>
        <translation>Diese Werkstatt exportieren</translation>
    </message>
    <message>
        <source>Answers are exported with pseudonyms only. Groups with fewer answers than the workshop&apos;s minimum stay hidden, as on the projector.</source>
        <translation>Antworten werden nur mit Pseudonymen exportiert. Gruppen mit weniger Antworten als dem Mindestwert der Werkstatt bleiben verborgen – wie am Beamer.</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Sprache des Exports</translation>
    </message>
    <message>
        <source>Folder for the images</source>
        <translation>Ordner für die Bilder</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Path of the export</source>
        <translation>Speicherort des Exports</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Ordner für den Export</translation>
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
    <name>GroupChoicePage</name>
    <message>
        <source>Your group</source>
        <translation>Ihre Gruppe</translation>
    </message>
    <message>
        <source>Welcome to “%1”</source>
        <translation>Willkommen bei „%1“</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Which group do you belong to? The moderator compares how the groups see things; your answers carry no name.</source>
        <translation>Zu welcher Gruppe gehören Sie? Die Moderation vergleicht, wie die Gruppen die Dinge sehen; Ihre Antworten tragen keinen Namen.</translation>
    </message>
    <message>
        <source>Start rating</source>
        <translation>Mit der Bewertung beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <name>GroupsEditor</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>People choose their group on the tablet; results can be compared by group.</source>
        <translation>Die Teilnehmenden wählen ihre Gruppe auf dem Tablet; die Ergebnisse lassen sich nach Gruppen vergleichen.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
</context>
<context>
    <name>ImportExportBar</name>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Catalog file path</source>
        <translation>Pfad der Katalogdatei</translation>
    </message>
    <message>
        <source>Path of a catalog JSON file</source>
        <translation>Pfad einer Katalogdatei (JSON)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>New catalog</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>Ungespeicherte Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The catalog has changes that are not exported yet. Export it first to keep them.</source>
        <translation>Der Katalog hat Änderungen, die noch nicht exportiert sind. Exportieren Sie ihn zuerst, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Kataloge (*.json)</translation>
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
    <message>
        <source>Join the workshop of the link you opened:</source>
        <translation>Der Werkstatt aus dem geöffneten Link beitreten:</translation>
    </message>
    <message>
        <source>Join by address or link</source>
        <translation>Mit Adresse oder Link teilnehmen</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Teilnahmelink</translation>
    </message>
</context>
<context>
    <name>JoinQrCode</name>
    <message>
        <source>QR code of the join link %1</source>
        <translation>QR-Code des Teilnahme-Links %1</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, or type into the browser:</source>
        <translation>Mit der Handykamera scannen oder im Browser eingeben:</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message>
        <source>Room code %1</source>
        <translation>Raumcode %1</translation>
    </message>
    <message>
        <source>With the Dialogpunkte app:</source>
        <translation>Mit der Dialogpunkte-App:</translation>
    </message>
    <message>
        <source>Join link for the app</source>
        <translation>Teilnahme-Link für die App</translation>
    </message>
</context>
<context>
    <name>KeyHints</name>
    <message>
        <source>← → next statement</source>
        <translation>← → nächste Aussage</translation>
    </message>
    <message>
        <source>R show or hide results</source>
        <translation>R Ergebnisse zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Q join code</source>
        <translation>Q QR-Code zum Mitmachen</translation>
    </message>
    <message>
        <source>H these hints</source>
        <translation>H diese Hinweise</translation>
    </message>
    <message>
        <source>Esc end presentation</source>
        <translation>Esc Präsentation beenden</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Editing language:</source>
        <translation>Bearbeitungssprache:</translation>
    </message>
    <message>
        <source>%1 ⚠ %2 missing</source>
        <translation>%1 ⚠ %2 fehlen</translation>
    </message>
    <message>
        <source>Edit in %1, %2 translations missing</source>
        <translation>In %1 bearbeiten, %2 Übersetzungen fehlen</translation>
    </message>
    <message>
        <source>Edit in %1</source>
        <translation>In %1 bearbeiten</translation>
    </message>
    <message>
        <source>Code of a new language</source>
        <translation>Kürzel einer neuen Sprache</translation>
    </message>
    <message>
        <source>e.g. tr</source>
        <translation>z. B. tr</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
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
    <name>LeaveEditorDialog</name>
    <message>
        <source>Leave with unsaved changes?</source>
        <translation>Mit ungespeicherten Änderungen verlassen?</translation>
    </message>
    <message>
        <source>The catalog has changes that are not exported yet. Export them to %1?</source>
        <translation>Der Katalog hat Änderungen, die noch nicht exportiert sind. Nach %1 exportieren?</translation>
    </message>
    <message>
        <source>The catalog has changes that are not exported yet, and it cannot be exported until its problems are fixed.</source>
        <translation>Der Katalog hat Änderungen, die noch nicht exportiert sind, und er lässt sich erst exportieren, wenn seine Fehler behoben sind.</translation>
    </message>
    <message>
        <source>Export and leave</source>
        <translation>Exportieren und verlassen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>LibrarySlot</name>
    <message>
        <source>Back to the workshops</source>
        <translation>Zurück zu den Werkstätten</translation>
    </message>
</context>
<context>
    <name>LobbyPage</name>
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
    <message>
        <source>Start round %1?</source>
        <translation>Runde %1 starten?</translation>
    </message>
    <message>
        <source>Everyone answers the open statements again for round %1. The answers of round %2 stay stored and can be compared later.</source>
        <translation>Alle beantworten die offenen Aussagen für Runde %1 neu. Die Antworten aus Runde %2 bleiben gespeichert und lassen sich später vergleichen.</translation>
    </message>
</context>
<context>
    <name>LocalStartCard</name>
    <message>
        <source>Start on this device</source>
        <translation>Auf diesem Gerät starten</translation>
    </message>
    <message>
        <source>Without a workshop: rate a catalog on your own, on this device.</source>
        <translation>Ohne Werkstatt: einen Katalog allein auf diesem Gerät bewerten.</translation>
    </message>
    <message>
        <source>Choose a catalog</source>
        <translation>Katalog wählen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>LocalizedTextField</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) – text missing</source>
        <translation>%1 (%2) – Text fehlt</translation>
    </message>
    <message>
        <source>%1 (%2) – translation missing</source>
        <translation>%1 (%2) – Übersetzung fehlt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>MedianShift</name>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>Median, workshop 1 → %1</source>
        <translation>Median, Werkstatt 1 → %1</translation>
    </message>
</context>
<context>
    <name>ModeratorCard</name>
    <message>
        <source>For the moderator</source>
        <translation>Für die Moderation</translation>
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
    <name>ModeratorHeader</name>
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
    <message>
        <source>End workshop</source>
        <translation>Werkstatt beenden</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) this round</source>
        <translation>
            <numerusform>%n Antwort in dieser Runde</numerusform>
            <numerusform>%n Antworten in dieser Runde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected now</source>
        <translation>
            <numerusform>%n Gerät jetzt verbunden</numerusform>
            <numerusform>%n Geräte jetzt verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>End the workshop?</source>
        <translation>Werkstatt beenden?</translation>
    </message>
    <message>
        <source>Tablets and browsers show that the workshop has ended and take no more answers. Every answer stays stored; you can continue the workshop later from the workshops.</source>
        <translation>Tablets und Browser zeigen an, dass die Werkstatt beendet ist, und nehmen keine Antworten mehr an. Alle Antworten bleiben gespeichert; unter „Werkstätten“ können Sie die Werkstatt später fortsetzen.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopForm</name>
    <message>
        <source>New workshop</source>
        <translation>Neue Werkstatt</translation>
    </message>
    <message>
        <source>Title of the workshop</source>
        <translation>Titel der Werkstatt</translation>
    </message>
    <message>
        <source>e.g. Cluster 4, workshop 1</source>
        <translation>z. B. Cluster 4, Werkstatt 1</translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation>Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>From a catalog file…</source>
        <translation>Aus einer Katalogdatei …</translation>
    </message>
    <message>
        <source>Path of the catalog file (.json)</source>
        <translation>Pfad der Katalogdatei (.json)</translation>
    </message>
    <message>
        <source>Anonymity threshold</source>
        <translation>Anonymitätsschwelle</translation>
    </message>
    <message>
        <source>Groups with fewer people are shown together, so nobody&apos;s answers can be recognised.</source>
        <translation>Kleinere Gruppen werden zusammengefasst, damit niemandes Antworten erkennbar sind.</translation>
    </message>
    <message>
        <source>Prepare workshop</source>
        <translation>Werkstatt vorbereiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Kataloge (*.json)</translation>
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
    <message>
        <source>A workshop&apos;s join link, dialogpunkte://host:port/?room=CODE (optional).</source>
        <translation>Teilnahmelink einer Werkstatt, dialogpunkte://host:port/?room=CODE (optional).</translation>
    </message>
    <message>
        <source>Only one join link can be opened.</source>
        <translation>Es kann nur ein Teilnahmelink geöffnet werden.</translation>
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
    <name>PathField</name>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
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
    <message>
        <source>Join with your phone</source>
        <translation>Mit dem Handy mitmachen</translation>
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
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The moderator has closed this statement for rating.</source>
        <translation>Die Moderation hat diese Aussage für die Bewertung geschlossen.</translation>
    </message>
    <message>
        <source>The workshop has ended – answers can no longer be changed.</source>
        <translation>Die Werkstatt ist beendet – die Antworten können nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>RestoreFromTablets</name>
    <message>
        <source>Restore from the tablets</source>
        <translation>Aus den Tablets wiederherstellen</translation>
    </message>
    <message>
        <source>Waiting for tablets of this device&apos;s workshops … Keep them on and in the same Wi-Fi; they come back by themselves.</source>
        <translation>Warte auf Tablets aus Werkstätten dieses Geräts … Lassen Sie sie eingeschaltet und im selben WLAN; sie melden sich von selbst.</translation>
    </message>
    <message>
        <source>Choose the workshop to restore. Its answers come back from the tablets.</source>
        <translation>Wählen Sie die Werkstatt, die wiederhergestellt werden soll. Ihre Antworten kommen von den Tablets zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n answer(s) on the tablets</source>
        <translation>
            <numerusform>%1 · %2 · %n Antwort auf den Tablets</numerusform>
            <numerusform>%1 · %2 · %n Antworten auf den Tablets</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel restoring</source>
        <translation>Wiederherstellen abbrechen</translation>
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
    <name>RetentionSetting</name>
    <message>
        <source>Delete old workshops automatically</source>
        <translation>Alte Werkstätten automatisch löschen</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Days until a workshop is deleted</source>
        <translation>Tage bis zur Löschung einer Werkstatt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Checked each time the app starts: workshops older than this are deleted with all their answers and cannot be restored.</source>
        <translation>Wird bei jedem Start der App geprüft: Ältere Werkstätten werden mit allen Antworten gelöscht und lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Workshops are kept until you delete them.</source>
        <translation>Werkstätten bleiben erhalten, bis Sie sie löschen.</translation>
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
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Angekommen</translation>
    </message>
</context>
<context>
    <name>SavePlotButton</name>
    <message>
        <source>Save plot as image</source>
        <translation>Grafik als Bild speichern</translation>
    </message>
</context>
<context>
    <name>ScaleForm</name>
    <message>
        <source>Scale to edit</source>
        <translation>Zu bearbeitende Skala</translation>
    </message>
    <message>
        <source>New scale</source>
        <translation>Neue Skala</translation>
    </message>
    <message>
        <source>Delete scale</source>
        <translation>Skala löschen</translation>
    </message>
    <message>
        <source>Default scale for statements without their own</source>
        <translation>Standardskala für Aussagen ohne eigene Skala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind of scale</source>
        <translation>Art der Skala</translation>
    </message>
    <message>
        <source>Agreement steps (ordinal)</source>
        <translation>Zustimmungsstufen (ordinal)</translation>
    </message>
    <message>
        <source>Between two opposite poles (bipolar)</source>
        <translation>Zwischen zwei Gegenpolen (bipolar)</translation>
    </message>
    <message>
        <source>Pictograms (faces)</source>
        <translation>Piktogramme (Gesichter)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Number of scale points</source>
        <translation>Anzahl der Skalenstufen</translation>
    </message>
    <message>
        <source>Neutral midpoint</source>
        <translation>Neutrale Mitte</translation>
    </message>
    <message>
        <source>Offer &quot;can&apos;t judge&quot;</source>
        <translation>„Kann ich nicht beurteilen“ anbieten</translation>
    </message>
    <message>
        <source>Left pole</source>
        <translation>Linker Pol</translation>
    </message>
    <message>
        <source>Right pole</source>
        <translation>Rechter Pol</translation>
    </message>
    <message>
        <source>Scale in use</source>
        <translation>Skala wird verwendet</translation>
    </message>
    <message>
        <source>Delete the scale “%1”? No statement uses it.</source>
        <translation>Die Skala „%1“ löschen? Keine Aussage verwendet sie.</translation>
    </message>
    <message numerus="yes">
        <source>The scale “%1” cannot be deleted: %n statement(s) use it. Give them another scale first.</source>
        <translation>
            <numerusform>Die Skala „%1“ kann nicht gelöscht werden: %n Aussage verwendet sie. Geben Sie dieser Aussage zuerst eine andere Skala.</numerusform>
            <numerusform>Die Skala „%1“ kann nicht gelöscht werden: %n Aussagen verwenden sie. Geben Sie diesen Aussagen zuerst eine andere Skala.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScalePointList</name>
    <message>
        <source>Labels of the points</source>
        <translation>Beschriftung der Stufen</translation>
    </message>
    <message>
        <source>Labels of the points (none: the scale shows numbers)</source>
        <translation>Beschriftung der Stufen (ohne Beschriftung zeigt die Skala Zahlen)</translation>
    </message>
    <message>
        <source>Numbers only</source>
        <translation>Nur Zahlen</translation>
    </message>
    <message>
        <source>Pictogram of point %1</source>
        <translation>Piktogramm der Stufe %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>SeriesChooser</name>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>No series</source>
        <translation>Keine Reihe</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Neue Reihe …</translation>
    </message>
    <message>
        <source>e.g. Cluster 4, workshops 1–3</source>
        <translation>z. B. Cluster 4, Werkstätten 1–3</translation>
    </message>
    <message>
        <source>Title of the new series</source>
        <translation>Titel der neuen Reihe</translation>
    </message>
</context>
<context>
    <name>SeriesComparisonView</name>
    <message>
        <source>The workshops of this series share no statements yet.</source>
        <translation>Die Werkstätten dieser Reihe haben noch keine gemeinsamen Aussagen.</translation>
    </message>
    <message>
        <source>Choose a series to compare its workshops.</source>
        <translation>Wählen Sie eine Reihe, um ihre Werkstätten zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>SeriesHeader</name>
    <message>
        <source>Series: %1</source>
        <translation>Reihe: %1</translation>
    </message>
    <message>
        <source>No series chosen</source>
        <translation>Keine Reihe gewählt</translation>
    </message>
    <message>
        <source>? = cannot judge · only each workshop&apos;s pooled answers</source>
        <translation>? = kann ich nicht einschätzen · nur die gemeinsamen Antworten jeder Werkstatt</translation>
    </message>
    <message>
        <source>Workshop %1 · %2</source>
        <translation>Werkstatt %1 · %2</translation>
    </message>
</context>
<context>
    <name>SharedDeviceSetting</name>
    <message>
        <source>Shared device (e.g. parents&apos; feedback): after finishing, the next person starts fresh</source>
        <translation>Gemeinsames Gerät (z. B. Elternrückmeldung): Nach „Fertig“ beginnt die nächste Person neu</translation>
    </message>
    <message>
        <source>Choose an unlock code of %1 to 8 digits. Keep it to yourself: only with it can the tablet leave the participants&apos; pages.</source>
        <translation>Wählen Sie einen Entsperrcode aus %1 bis 8 Ziffern. Behalten Sie ihn für sich: Nur mit ihm verlässt das Tablet die Seiten der Teilnehmenden.</translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation>Entsperrcode</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Einschalten</translation>
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
    <name>StatementForm</name>
    <message>
        <source>Choose or add a dimension first.</source>
        <translation>Wählen Sie zuerst eine Dimension aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Choose or add a statement.</source>
        <translation>Wählen Sie eine Aussage aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Optional help</source>
        <translation>Optionaler Hilfetext</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Scale of the statement</source>
        <translation>Skala der Aussage</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Edit this scale</source>
        <translation>Diese Skala bearbeiten</translation>
    </message>
    <message>
        <source>New scale for this statement</source>
        <translation>Neue Skala für diese Aussage</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ohne Text)</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Aussage hinzufügen</translation>
    </message>
    <message>
        <source>Move statement up</source>
        <translation>Aussage nach oben verschieben</translation>
    </message>
    <message>
        <source>Move statement down</source>
        <translation>Aussage nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation>Aussage löschen</translation>
    </message>
    <message>
        <source>Delete this statement without text?</source>
        <translation>Diese Aussage ohne Text löschen?</translation>
    </message>
    <message>
        <source>Delete the statement “%1”?</source>
        <translation>Die Aussage „%1“ löschen?</translation>
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
    <name>UndoBar</name>
    <message numerus="yes">
        <source>Voting closed for %n statement(s).</source>
        <translation>
            <numerusform>Abstimmung für %n Aussage geschlossen.</numerusform>
            <numerusform>Abstimmung für %n Aussagen geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Moderator: press and hold to unlock</source>
        <translation>Moderation: zum Entsperren gedrückt halten</translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation>Entsperrcode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ValidationBanner</name>
    <message>
        <source>Not valid, cannot be exported: %1</source>
        <translation>Nicht gültig, Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not valid, cannot be exported. %1: %2</source>
        <translation>Nicht gültig, Export nicht möglich. %1: %2</translation>
    </message>
    <message>
        <source>The catalog is valid and complete in all its languages.</source>
        <translation>Der Katalog ist gültig und in allen seinen Sprachen vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog is valid; %n translation(s) missing.</source>
        <translation>
            <numerusform>Der Katalog ist gültig; %n Übersetzung fehlt.</numerusform>
            <numerusform>Der Katalog ist gültig; %n Übersetzungen fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>A new, empty catalog. Start with its title and a first dimension with statements; anything still missing is named here once you have begun.</source>
        <translation>Ein neuer, leerer Katalog. Beginnen Sie mit dem Titel und einer ersten Dimension mit Aussagen; was dann noch fehlt, wird hier genannt.</translation>
    </message>
</context>
<context>
    <name>WorkshopCard</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dimensions: %1</source>
        <translation>Dimensionen: %1</translation>
    </message>
    <message>
        <source>Series “%1”, workshop %2</source>
        <translation>Reihe „%1“, Werkstatt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>groups shown from %1 people</source>
        <translation>Gruppen sichtbar ab %1 Personen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Next workshop of the series</source>
        <translation>Nächste Werkstatt der Reihe</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Compare series</source>
        <translation>Reihe vergleichen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
</context>
<context>
    <name>WorkshopPlot</name>
    <message>
        <source>Workshop %1</source>
        <translation>Werkstatt %1</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: not shown</source>
        <translation>Weniger als %1 Antworten: nicht gezeigt</translation>
    </message>
    <message>
        <source>Not rated in this workshop</source>
        <translation>In dieser Werkstatt nicht bewertet</translation>
    </message>
    <message>
        <source>n = %1 · Median %2</source>
        <translation>n = %1 · Median %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Werkstätten</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neue Werkstatt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n old workshop(s) were deleted for good at this start (retention period).</source>
        <translation>
            <numerusform>%n alte Werkstatt wurde bei diesem Start endgültig gelöscht (Aufbewahrungsfrist).</numerusform>
            <numerusform>%n alte Werkstätten wurden bei diesem Start endgültig gelöscht (Aufbewahrungsfrist).</numerusform>
        </translation>
    </message>
    <message>
        <source>No archived workshops.</source>
        <translation>Keine archivierten Werkstätten.</translation>
    </message>
    <message>
        <source>No workshops yet. Prepare one with “New workshop”.</source>
        <translation>Noch keine Werkstätten. Bereiten Sie eine mit „Neue Werkstatt“ vor.</translation>
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
    <message>
        <source>Cluster 4, workshop 1</source>
        <translation>Cluster 4, Werkstatt 1</translation>
    </message>
    <message>
        <source>Cluster 4</source>
        <translation>Cluster 4</translation>
    </message>
    <message>
        <source>Cluster 4, workshop 2</source>
        <translation>Cluster 4, Werkstatt 2</translation>
    </message>
    <message>
        <source>Parents&apos; feedback, family centre</source>
        <translation>Elternfeedback, Familienzentrum</translation>
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
    <message>
        <source>Round %1 has started – please rate the statements again.</source>
        <translation>Runde %1 hat begonnen – bitte bewerten Sie die Aussagen erneut.</translation>
    </message>
    <message>
        <source>This shared device is locked. The moderator can unlock it with the code.</source>
        <translation>Dieses gemeinsame Gerät ist gesperrt. Die Moderation kann es mit dem Code entsperren.</translation>
    </message>
</context>
<context>
    <name>dp::CatalogEditor</name>
    <message>
        <source>The catalog is not valid and was not saved: %1</source>
        <translation>Der Katalog ist nicht gültig und wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot write the catalog file &quot;%1&quot;: %2</source>
        <translation>Die Katalogdatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;fr&quot; or &quot;pt-BR&quot;.</source>
        <translation>„%1“ ist kein Sprachkürzel wie „fr“ oder „pt-BR“.</translation>
    </message>
    <message>
        <source>The catalog already has the language &quot;%1&quot;.</source>
        <translation>Der Katalog hat die Sprache „%1“ bereits.</translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <source>Dimension %1 &quot;%2&quot;</source>
        <translation>Dimension %1 „%2“</translation>
    </message>
    <message>
        <source>%1, statement %2</source>
        <translation>%1, Aussage %2</translation>
    </message>
    <message>
        <source>Scale &quot;%1&quot;</source>
        <translation>Skala „%1“</translation>
    </message>
    <message>
        <source>The scale &quot;%1&quot; is the default scale and cannot be deleted.</source>
        <translation>Die Skala „%1“ ist die Standardskala und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The scale &quot;%1&quot; is used by statement &quot;%2&quot; and cannot be deleted.</source>
        <translation>Die Skala „%1“ wird von der Aussage „%2“ verwendet und kann nicht gelöscht werden.</translation>
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
    <name>dp::CatalogMessages</name>
    <message>
        <source>there is no built-in catalog &quot;%1&quot;</source>
        <translation>es gibt keinen mitgelieferten Katalog „%1“</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>„%1“ muss eine Liste (JSON-Array) sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>„%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>not a Dialogpunkte catalog: &quot;format&quot; is missing</source>
        <translation>kein Dialogpunkte-Katalog: „format“ fehlt</translation>
    </message>
    <message>
        <source>not a Dialogpunkte catalog: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>kein Dialogpunkte-Katalog: „format“ muss „%1“ sein</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; %1 is newer than this app understands (%2); please update Dialogpunkte</source>
        <translation>„formatVersion“ %1 ist neuer, als diese App versteht (%2); bitte aktualisieren Sie Dialogpunkte</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be at least 1 (got %1)</source>
        <translation>„formatVersion“ muss mindestens 1 sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>&quot;languages&quot; must be a non-empty array such as [&quot;de&quot;, &quot;en&quot;]</source>
        <translation>„languages“ muss eine nicht leere Liste sein, etwa [&quot;de&quot;, &quot;en&quot;]</translation>
    </message>
    <message>
        <source>not a language code (expected e.g. &quot;de&quot;)</source>
        <translation>kein Sprachkürzel (erwartet z. B. „de“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>duplicate scale id &quot;%1&quot; (first used at %2)</source>
        <translation>Skalen-ID „%1“ kommt doppelt vor (zuerst bei %2)</translation>
    </message>
    <message>
        <source>&quot;scale&quot; refers to unknown scale &quot;%1&quot;</source>
        <translation>„scale“ verweist auf die unbekannte Skala „%1“</translation>
    </message>
    <message>
        <source>duplicate dimension id &quot;%1&quot; (first used at %2)</source>
        <translation>Dimensions-ID „%1“ kommt doppelt vor (zuerst bei %2)</translation>
    </message>
    <message>
        <source>duplicate statement id &quot;%1&quot; (first used at %2)</source>
        <translation>Aussagen-ID „%1“ kommt doppelt vor (zuerst bei %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>kein gültiges JSON: %1 bei %2</translation>
    </message>
    <message>
        <source>not a Dialogpunkte catalog: the document is not a JSON object</source>
        <translation>kein Dialogpunkte-Katalog: das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;defaultScale&quot; refers to unknown scale &quot;%1&quot;</source>
        <translation>„defaultScale“ verweist auf die unbekannte Skala „%1“</translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot; does not exist</source>
        <translation>die Katalogdatei „%1“ gibt es nicht</translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot; is too large (%2 bytes; the limit is %3 MB)</source>
        <translation>die Katalogdatei „%1“ ist zu groß (%2 Bytes; höchstens %3 MB)</translation>
    </message>
    <message>
        <source>cannot read catalog file &quot;%1&quot;: %2</source>
        <translation>die Katalogdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot; is too large (the limit is %2 MB)</source>
        <translation>die Katalogdatei „%1“ ist zu groß (höchstens %2 MB)</translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot;: %2</source>
        <translation>Katalogdatei „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; is not a valid id (use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64 characters)</source>
        <translation>„%1“ „%2“ ist keine gültige ID (erlaubt sind Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. &quot;de&quot;, &quot;en&quot;, &quot;tr&quot;)</source>
        <translation>„%1“ ist kein Sprachkürzel (erwartet z. B. „de“, „en“, „tr“)</translation>
    </message>
    <message>
        <source>must be a string or an object of languages, e.g. {&quot;de&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation>muss ein Text oder ein Objekt mit Sprachen sein, z. B. {&quot;de&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>&quot;labels&quot; must be an array</source>
        <translation>„labels“ muss eine Liste (JSON-Array) sein</translation>
    </message>
    <message>
        <source>&quot;labels&quot; has %1 entries but the scale has %2 points</source>
        <translation>„labels“ hat %1 Einträge, die Skala aber %2 Stufen</translation>
    </message>
    <message>
        <source>label is empty</source>
        <translation>die Beschriftung ist leer</translation>
    </message>
    <message>
        <source>a pictogram scale needs &quot;pictograms&quot;</source>
        <translation>eine Piktogramm-Skala braucht „pictograms“</translation>
    </message>
    <message>
        <source>&quot;pictograms&quot; must be an array of names</source>
        <translation>„pictograms“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>&quot;pictograms&quot; has %1 entries but the scale has %2 points</source>
        <translation>„pictograms“ hat %1 Einträge, die Skala aber %2 Stufen</translation>
    </message>
    <message>
        <source>pictogram names are lower-case words joined by &apos;-&apos;, e.g. &quot;very-happy&quot;</source>
        <translation>Piktogrammnamen sind kleingeschriebene Wörter, verbunden mit „-“, z. B. „very-happy“</translation>
    </message>
    <message>
        <source>pictogram &quot;%1&quot; is used twice</source>
        <translation>das Piktogramm „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>unknown &quot;kind&quot; &quot;%1&quot; (expected &quot;ordinal&quot;, &quot;bipolar&quot; or &quot;pictogram&quot;)</source>
        <translation>unbekannte Art („kind“) „%1“ (erwartet „ordinal“, „bipolar“ oder „pictogram“)</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be between %1 and %2 for %3 scales (got %4)</source>
        <translation>„points“ muss bei Skalen der Art „%3“ zwischen %1 und %2 liegen (angegeben: %4)</translation>
    </message>
    <message>
        <source>&quot;midpoint&quot; needs an odd number of points (got %1)</source>
        <translation>„midpoint“ braucht eine ungerade Zahl von Stufen (angegeben: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing (a bipolar scale needs both poles)</source>
        <translation>„%1“ fehlt (eine bipolare Skala braucht beide Pole)</translation>
    </message>
    <message>
        <source>a catalog may hold at most %1 statements; this dimension brings it to %2</source>
        <translation>ein Katalog darf höchstens %1 Aussagen enthalten; mit dieser Dimension wären es %2</translation>
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
    <name>dp::DiscoveryBeacon</name>
    <message>
        <source>Cannot announce the workshop: %1</source>
        <translation>Die Werkstatt kann im Netzwerk nicht angekündigt werden: %1</translation>
    </message>
</context>
<context>
    <name>dp::DiscoveryListener</name>
    <message>
        <source>Cannot listen for workshops on UDP port %1: %2 – please enter the workshop link or scan its QR code instead</source>
        <translation>Auf UDP-Port %1 kann nicht nach Werkstätten gesucht werden: %2 – bitte geben Sie stattdessen den Link der Werkstatt ein oder scannen Sie ihren QR-Code</translation>
    </message>
</context>
<context>
    <name>dp::ExportStaging</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write into the folder &quot;%1&quot;.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>dp::GroupChoice</name>
    <message>
        <source>This workshop has no group &quot;%1&quot;. Please choose one of the groups shown.</source>
        <translation>Diese Werkstatt hat keine Gruppe „%1“. Bitte wählen Sie eine der angezeigten Gruppen.</translation>
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
    <name>dp::HubRestore</name>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation>Port %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No tablet offers this workshop any more. Wait until one has joined.</source>
        <translation>Kein Tablet bietet diese Werkstatt mehr an. Warten Sie, bis sich eines verbunden hat.</translation>
    </message>
</context>
<context>
    <name>dp::JoinController</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
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
    <message>
        <source>The workshop has ended</source>
        <translation>Die Werkstatt ist beendet</translation>
    </message>
    <message>
        <source>Offline – retrying, answers are saved on this device</source>
        <translation>Offline – neuer Versuch läuft, die Antworten werden auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The moderator&apos;s device does not know the group you chose. Please choose again.</source>
        <translation>Das Gerät der Moderation kennt die gewählte Gruppe nicht. Bitte wählen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>dp::ModeratorSession</name>
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
    <message>
        <source>The workshop cannot be hosted: %1</source>
        <translation>Die Werkstatt kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The workshop cannot be prepared: %1</source>
        <translation>Die Werkstatt kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot restore from the tablets: %1</source>
        <translation>Wiederherstellen aus den Tablets nicht möglich: %1</translation>
    </message>
    <message>
        <source>The workshop cannot be restored: %1</source>
        <translation>Die Werkstatt kann nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>dp::QrCode</name>
    <message>
        <source>There is nothing to put into a QR code.</source>
        <translation>Für den QR-Code fehlt der Text.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
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
    <message>
        <source>The moderator has closed this statement for rating.</source>
        <translation>Die Moderation hat diese Aussage für die Bewertung geschlossen.</translation>
    </message>
</context>
<context>
    <name>dp::SessionExports</name>
    <message numerus="yes">
        <source>Saved %n plot(s) to %1</source>
        <translation>
            <numerusform>%n Grafik gespeichert in %1</numerusform>
            <numerusform>%n Grafiken gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the answers to %1 and the figures to %2</source>
        <translation>Antworten gespeichert in %1, Kennzahlen in %2</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Ein anderer Export läuft noch.</translation>
    </message>
    <message>
        <source>No statement has answers yet, so there are no plots to save.</source>
        <translation>Noch keine Aussage hat Antworten – es gibt also noch keine Grafiken zum Speichern.</translation>
    </message>
    <message>
        <source>Please choose where to save the plot.</source>
        <translation>Bitte wählen Sie, wo die Grafik gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Saved the plot to %1</source>
        <translation>Grafik gespeichert unter %1</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>Unbekannte Sprache „%1“.</translation>
    </message>
    <message>
        <source>Please choose where to save the export.</source>
        <translation>Bitte wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>This workshop is not stored on this device.</source>
        <translation>Diese Werkstatt ist auf diesem Gerät nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>dp::SessionHost</name>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation>Port %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>dp::SharedDevice</name>
    <message>
        <source>Please choose an unlock code of %1 to %2 digits.</source>
        <translation>Bitte wählen Sie einen Entsperrcode aus %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>Only the moderator can switch sharing off: unlock with the code first.</source>
        <translation>Nur die Moderation kann das gemeinsame Gerät ausschalten: erst mit dem Code entsperren.</translation>
    </message>
    <message>
        <source>That is not the unlock code.</source>
        <translation>Das ist nicht der Entsperrcode.</translation>
    </message>
</context>
<context>
    <name>dp::SyncClient</name>
    <message>
        <source>Offline – answers are saved on this device and sent later. %1</source>
        <translation>Offline – die Antworten werden auf diesem Gerät gespeichert und später gesendet. %1</translation>
    </message>
    <message>
        <source>Could not store the workshop on this device: %1</source>
        <translation>Die Werkstatt konnte auf diesem Gerät nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No answer from %1:%2 – is this device in the same Wi-Fi as the moderator? Guest Wi-Fi often isolates devices from each other.</source>
        <translation>Keine Antwort von %1:%2 – ist dieses Gerät im selben WLAN wie die Moderation? Gäste-WLANs trennen Geräte oft voneinander.</translation>
    </message>
    <message>
        <source>%1:%2 refused the connection – is the moderator&apos;s hub running?</source>
        <translation>%1:%2 hat die Verbindung abgelehnt – läuft die Werkstatt auf dem Gerät der Moderation?</translation>
    </message>
    <message>
        <source>Host %1 not found – please check the workshop link</source>
        <translation>Gerät %1 nicht gefunden – bitte prüfen Sie den Link der Werkstatt</translation>
    </message>
    <message>
        <source>No route to %1:%2 – guest Wi-Fi with client isolation, or another network?</source>
        <translation>Kein Weg zu %1:%2 – ein Gäste-WLAN, das Geräte trennt, oder ein anderes Netzwerk?</translation>
    </message>
    <message>
        <source>Connection to the moderator lost (%1)</source>
        <translation>Verbindung zur Moderation unterbrochen (%1)</translation>
    </message>
    <message>
        <source>Connection to the moderator lost</source>
        <translation>Verbindung zur Moderation unterbrochen</translation>
    </message>
    <message>
        <source>The moderator&apos;s device stopped answering</source>
        <translation>Das Gerät der Moderation antwortet nicht mehr</translation>
    </message>
    <message>
        <source>This is not a workshop link: %1</source>
        <translation>Das ist kein Link zu einer Werkstatt: %1</translation>
    </message>
    <message>
        <source>No workshop chosen yet</source>
        <translation>Noch keine Werkstatt gewählt</translation>
    </message>
    <message>
        <source>Not connected – answers are saved on this device</source>
        <translation>Nicht verbunden – die Antworten werden auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 …</source>
        <translation>Verbindung mit %1:%2 wird hergestellt …</translation>
    </message>
    <message>
        <source>Joining the workshop …</source>
        <translation>Teilnahme an der Werkstatt wird eingerichtet …</translation>
    </message>
    <message>
        <source>The moderator&apos;s device sent an invalid message: %1</source>
        <translation>Das Gerät der Moderation hat eine ungültige Nachricht gesendet: %1</translation>
    </message>
    <message>
        <source>The moderator closed the workshop hub</source>
        <translation>Die Moderation hat die Werkstatt beendet</translation>
    </message>
    <message>
        <source>Connected – answers arrive at the moderator</source>
        <translation>Verbunden – die Antworten kommen bei der Moderation an</translation>
    </message>
    <message>
        <source>The moderator&apos;s device refused an answer: %1</source>
        <translation>Das Gerät der Moderation hat eine Antwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>Wrong room code – please check it with the moderator</source>
        <translation>Falscher Raumcode – bitte fragen Sie bei der Moderation nach</translation>
    </message>
    <message>
        <source>Too many wrong room codes from this network – trying again shortly</source>
        <translation>Zu viele falsche Raumcodes aus diesem Netz – gleich ein neuer Versuch</translation>
    </message>
    <message>
        <source>Many devices are joining at once – trying again shortly</source>
        <translation>Viele Geräte treten gerade gleichzeitig bei – gleich ein neuer Versuch</translation>
    </message>
    <message>
        <source>The moderator&apos;s device runs another workshop</source>
        <translation>Das Gerät der Moderation führt eine andere Werkstatt durch</translation>
    </message>
    <message>
        <source>The workshop has no such group – please choose your group again</source>
        <translation>Diese Gruppe gibt es in der Werkstatt nicht – bitte wählen Sie Ihre Gruppe noch einmal</translation>
    </message>
    <message>
        <source>The statement is not part of this workshop</source>
        <translation>Die Aussage gehört nicht zu dieser Werkstatt</translation>
    </message>
    <message>
        <source>The answer is not on the statement&apos;s scale</source>
        <translation>Die Antwort liegt nicht auf der Skala der Aussage</translation>
    </message>
    <message>
        <source>This round has not started yet</source>
        <translation>Diese Runde hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>This person answers on another device</source>
        <translation>Diese Person antwortet auf einem anderen Gerät</translation>
    </message>
    <message>
        <source>The moderator&apos;s device could not store answers – they stay on this device and are sent again</source>
        <translation>Das Gerät der Moderation konnte die Antworten nicht speichern – sie bleiben auf diesem Gerät und werden erneut gesendet</translation>
    </message>
    <message>
        <source>This device connected again</source>
        <translation>Dieses Gerät hat sich erneut verbunden</translation>
    </message>
    <message>
        <source>The moderator&apos;s device reported a problem (%1)</source>
        <translation>Das Gerät der Moderation meldet ein Problem (%1)</translation>
    </message>
    <message>
        <source>The moderator&apos;s device is restoring its workshop …</source>
        <translation>Das Gerät der Moderation stellt seine Werkstatt wieder her …</translation>
    </message>
</context>
<context>
    <name>dp::WorkshopHosting</name>
    <message>
        <source>This workshop no longer exists.</source>
        <translation>Diese Werkstatt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The workshop&apos;s saved state could not be read.</source>
        <translation>Der gespeicherte Stand der Werkstatt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Restoring from the tablets was not started.</source>
        <translation>Das Wiederherstellen aus den Tablets wurde nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>dp::WorkshopLibrary</name>
    <message>
        <source>The group “%1” is listed twice.</source>
        <translation>Die Gruppe „%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>The workshops cannot be shown: the moderator&apos;s database is not open.</source>
        <translation>Die Werkstätten können nicht angezeigt werden: Die Datenbank der Moderation ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and %1 days, or off.</source>
        <translation>Die Aufbewahrungsfrist muss zwischen 1 und %1 Tagen liegen oder ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>The retention period cannot be saved: %1</source>
        <translation>Die Aufbewahrungsfrist kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Old workshops could not be deleted: %1</source>
        <translation>Alte Werkstätten konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation>Der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Please give the workshop a title.</source>
        <translation>Bitte geben Sie der Werkstatt einen Titel.</translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY.</source>
        <translation>Bitte geben Sie das Datum als TT.MM.JJJJ ein.</translation>
    </message>
    <message>
        <source>Please choose at least one dimension.</source>
        <translation>Bitte wählen Sie mindestens eine Dimension aus.</translation>
    </message>
    <message>
        <source>The chosen series no longer exists.</source>
        <translation>Die gewählte Reihe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Please give the new series a title.</source>
        <translation>Bitte geben Sie der neuen Reihe einen Titel.</translation>
    </message>
    <message>
        <source>The workshop cannot be prepared: %1</source>
        <translation>Die Werkstatt kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The workshop cannot be added to the series: %1</source>
        <translation>Die Werkstatt kann der Reihe nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The next workshop cannot be prepared: %1</source>
        <translation>Die nächste Werkstatt kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>This workshop is being hosted right now. Please end it first.</source>
        <translation>Diese Werkstatt läuft gerade. Bitte beenden Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The workshop cannot be archived or restored: %1</source>
        <translation>Die Werkstatt kann nicht archiviert oder wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation>Diese Werkstatt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The workshop cannot be deleted: %1</source>
        <translation>Die Werkstatt kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The series cannot be created: %1</source>
        <translation>Die Reihe kann nicht angelegt werden: %1</translation>
    </message>
</context>
</TS>
