<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>CatalogHeaderForm</name>
    <message>
        <source>Catalog title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops keep their own copy of the catalog: changes here never alter a running or stored session. Give a changed catalog a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>%1 statements</source>
        <translation>Тверджень: %1</translation>
    </message>
    <message>
        <source>Path of a catalog file (.json)</source>
        <translation>Шлях до файлу каталогу (.json)</translation>
    </message>
    <message>
        <source>Path of a catalog file</source>
        <translation>Шлях до файлу каталогу</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>%1 statements, in %2</source>
        <translation>Тверджень: %1, мовами: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete workshop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be deleted with all its answers, participants and notes. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardOverview</name>
    <message numerus="yes">
        <source>%n answer(s) in round %1 in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Joined so far: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tablet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the browser</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No device has joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionChecklist</name>
    <message>
        <source>Dimensions (%1 of %2 chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n statement(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimensionForm</name>
    <message>
        <source>Choose or add a dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimensionList</name>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dimension up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dimension down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the untitled dimension with %n statement(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with %n statement(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread %1 · cannot judge %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results are shown yet. Statements appear here once their results are revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only statements whose results are revealed are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Next workshop of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same statements, groups and anonymity threshold; no answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorConfirmDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished">Каталог</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorListItem</name>
    <message>
        <source>%1, translation missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Edit catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndedPage</name>
    <message>
        <source>The workshop has ended</source>
        <translation>Семінар завершено</translation>
    </message>
    <message>
        <source>The workshop has ended – thank you</source>
        <translation>Семінар завершено – дякуємо</translation>
    </message>
    <message>
        <source>You answered %1 of %2 statements. You can still look at your answers; they can no longer be changed.</source>
        <translation>Ви відповіли на %1 з %2 тверджень. Відповіді можна переглянути, але змінити їх уже не можна.</translation>
    </message>
    <message>
        <source>The answers are saved without names. Nothing more can be rated.</source>
        <translation>Відповіді збережено без імен. Більше нічого оцінити не можна.</translation>
    </message>
    <message>
        <source>Look at my answers</source>
        <translation>Переглянути мої відповіді</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dot plots with key figures and your notes, for the documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet of answers, one of figures per statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for German Excel (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers and figures as two files, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers and figures as two files, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For further processing with other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One projector-sized image per statement with answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are exported with pseudonyms only. Groups with fewer answers than the workshop&apos;s minimum stay hidden, as on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <source>You answered %1 of %2 statements. Your answers are saved on this device.</source>
        <translation>Ви відповіли на %1 з %2 тверджень. Ваші відповіді збережено на цьому пристрої.</translation>
    </message>
    <message>
        <source>Review or change answers</source>
        <translation>Переглянути або змінити відповіді</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <source>Next</source>
        <translation type="unfinished">Далі</translation>
    </message>
    <message>
        <source>%1 · statement %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups under %1 people are shown together as “other”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupChoicePage</name>
    <message>
        <source>Your group</source>
        <translation>Ваша група</translation>
    </message>
    <message>
        <source>Welcome to “%1”</source>
        <translation>Ласкаво просимо на «%1»</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <source>Which group do you belong to? The moderator compares how the groups see things; your answers carry no name.</source>
        <translation>До якої групи ви належите? Модератор порівнює погляди груп; ваші відповіді не містять імені.</translation>
    </message>
    <message>
        <source>Start rating</source>
        <translation>Почати оцінювання</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>Your group (optional)</source>
        <translation>Ваша група (за бажанням)</translation>
    </message>
</context>
<context>
    <name>GroupsEditor</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People choose their group on the tablet; results can be compared by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportBar</name>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a catalog JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has changes that are not exported yet. Export it first to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Join a workshop</source>
        <translation>Приєднатися до семінару</translation>
    </message>
    <message>
        <source>Workshops nearby:</source>
        <translation>Семінари поблизу:</translation>
    </message>
    <message>
        <source>No workshop found nearby yet. Enter the address the moderator shows, or paste the join link.</source>
        <translation>Поблизу ще не знайдено жодного семінару. Введіть адресу, яку показує модератор, або вставте посилання для приєднання.</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Код кімнати</translation>
    </message>
    <message>
        <source>e.g. K7Q2</source>
        <translation>напр., K7Q2</translation>
    </message>
    <message>
        <source>Address (host:port), if the workshop is not listed</source>
        <translation>Адреса (хост:порт), якщо семінару немає в списку</translation>
    </message>
    <message>
        <source>Or paste the join link</source>
        <translation>Або вставте посилання для приєднання</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Підключення …</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Приєднатися</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Join the workshop of the link you opened:</source>
        <translation>Приєднатися до семінару за відкритим посиланням:</translation>
    </message>
    <message>
        <source>Join by address or link</source>
        <translation>Приєднатися за адресою або посиланням</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Посилання для участі</translation>
    </message>
</context>
<context>
    <name>JoinQrCode</name>
    <message>
        <source>QR code of the join link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, or type into the browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room code</source>
        <translation type="unfinished">Код кімнати</translation>
    </message>
    <message>
        <source>Room code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Dialogpunkte app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join link for the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyHints</name>
    <message>
        <source>← → next statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R show or hide results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H these hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc end presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Editing language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠ %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in %1, %2 translations missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of a new language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>LeaveEditorDialog</name>
    <message>
        <source>Leave with unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has changes that are not exported yet. Export them to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has changes that are not exported yet, and it cannot be exported until its problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySlot</name>
    <message>
        <source>Back to the workshops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyPage</name>
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
    <message>
        <source>Start round %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone answers the open statements again for round %1. The answers of round %2 stay stored and can be compared later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStartCard</name>
    <message>
        <source>Start on this device</source>
        <translation>Почати на цьому пристрої</translation>
    </message>
    <message>
        <source>Without a workshop: rate a catalog on your own, on this device.</source>
        <translation>Без семінару: оцінити каталог самостійно на цьому пристрої.</translation>
    </message>
    <message>
        <source>Choose a catalog</source>
        <translation>Вибрати каталог</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
</context>
<context>
    <name>LocalizedTextField</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) – text missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) – translation missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation>Повернутися на початкову сторінку</translation>
    </message>
</context>
<context>
    <name>MedianShift</name>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median, workshop 1 → %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeratorCard</name>
    <message>
        <source>For the moderator</source>
        <translation>Для модератора</translation>
    </message>
    <message>
        <source>Moderation: host a workshop</source>
        <translation>Модерація: провести семінар</translation>
    </message>
    <message>
        <source>Edit or create a catalog</source>
        <translation>Змінити або створити каталог</translation>
    </message>
</context>
<context>
    <name>ModeratorHeader</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Огляд</translation>
    </message>
    <message>
        <source>Room</source>
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
        <source>End workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to attendee view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) this round</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End the workshop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablets and browsers show that the workshop has ended and take no more answers. Every answer stays stored; you can continue the workshop later from the workshops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopForm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cluster 4, workshop 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a catalog file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the catalog file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with fewer people are shown together, so nobody&apos;s answers can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
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
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 390x844, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop&apos;s join link, dialogpunkte://host:port/?room=CODE (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one join link can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>%1 of %2 statements answered. Tap a statement to change your answer.</source>
        <translation>Відповіді надано на %1 з %2 тверджень. Торкніться твердження, щоб змінити відповідь.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
</context>
<context>
    <name>OverviewRow</name>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>received by the moderator</source>
        <translation>отримано модератором</translation>
    </message>
    <message>
        <source>saved on this device</source>
        <translation>збережено на цьому пристрої</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
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
    <message>
        <source>Join with your phone</source>
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
        <translation>Назад</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>Rating</source>
        <translation>Оцінювання</translation>
    </message>
    <message>
        <source>Area %1 of %2</source>
        <translation>Розділ %1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Відповіді: %1 з %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Твердження %1 з %2</translation>
    </message>
    <message>
        <source>The moderator has closed this statement for rating.</source>
        <translation>Модератор закрив це твердження для оцінювання.</translation>
    </message>
    <message>
        <source>The workshop has ended – answers can no longer be changed.</source>
        <translation>Семінар завершено – відповіді більше не можна змінити.</translation>
    </message>
</context>
<context>
    <name>RestoreFromTablets</name>
    <message>
        <source>Restore from the tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for tablets of this device&apos;s workshops … Keep them on and in the same Wi-Fi; they come back by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workshop to restore. Its answers come back from the tablets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n answer(s) on the tablets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Shared device: the next person starts with empty answers.</source>
        <translation>Спільний пристрій: наступна людина починає з порожніми відповідями.</translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message>
        <source>Delete old workshops automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until a workshop is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked each time the app starts: workshops older than this are deleted with all their answers and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops are kept until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saved on this device</source>
        <translation>Збережено на цьому пристрої</translation>
    </message>
    <message>
        <source>Received by the moderator</source>
        <translation>Отримано модератором</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
</context>
<context>
    <name>SavePlotButton</name>
    <message>
        <source>Save plot as image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleForm</name>
    <message>
        <source>Scale to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default scale for statements without their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement steps (ordinal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between two opposite poles (bipolar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictograms (faces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of scale points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer &quot;can&apos;t judge&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scale “%1”? No statement uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The scale “%1” cannot be deleted: %n statement(s) use it. Give them another scale first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScalePointList</name>
    <message>
        <source>Labels of the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the points (none: the scale shows numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictogram of point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesChooser</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cluster 4, workshops 1–3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesComparisonView</name>
    <message>
        <source>The workshops of this series share no statements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a series to compare its workshops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesHeader</name>
    <message>
        <source>Series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? = cannot judge · only each workshop&apos;s pooled answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDeviceSetting</name>
    <message>
        <source>Shared device (e.g. parents&apos; feedback): after finishing, the next person starts fresh</source>
        <translation>Спільний пристрій (напр., відгуки батьків): після завершення наступна людина починає заново</translation>
    </message>
    <message>
        <source>Choose an unlock code of %1 to 8 digits. Keep it to yourself: only with it can the tablet leave the participants&apos; pages.</source>
        <translation>Виберіть код розблокування з %1–8 цифр. Нікому його не повідомляйте: лише з ним планшет залишає сторінки учасників.</translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation>Код розблокування</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Увімкнути</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <source>Rate the statements on your own. Your answers stay on this device and carry no name.</source>
        <translation>Оцініть твердження самостійно. Ваші відповіді залишаються на цьому пристрої і не містять імені.</translation>
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
    <name>StatementForm</name>
    <message>
        <source>Choose or add a dimension first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scale for this statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move statement up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move statement down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this statement without text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the statement “%1”?</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you</source>
        <translation>Дякуємо</translation>
    </message>
    <message>
        <source>Thank you for your feedback!</source>
        <translation>Дякуємо за ваш відгук!</translation>
    </message>
    <message>
        <source>Your answers are saved without your name. Please hand the device to the next person.</source>
        <translation>Ваші відповіді збережено без вашого імені. Будь ласка, передайте пристрій наступній людині.</translation>
    </message>
    <message>
        <source>Start for the next person</source>
        <translation>Почати для наступної людини</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Moderator: press and hold to unlock</source>
        <translation>Модератор: натисніть і утримуйте, щоб розблокувати</translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation>Код розблокування</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ValidationBanner</name>
    <message>
        <source>Not valid, cannot be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid, cannot be exported. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is valid and complete in all its languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The catalog is valid; %n translation(s) missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty catalog. Start with its title and a first dimension with statements; anything still missing is named here once you have begun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopCard</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series “%1”, workshop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>groups shown from %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next workshop of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPlot</name>
    <message>
        <source>Workshop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 answers: not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated in this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1 · Median %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old workshop(s) were deleted for good at this start (retention period).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No archived workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops yet. Prepare one with “New workshop”.</source>
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
    <message>
        <source>Cluster 4, workshop 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster 4, workshop 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; feedback, family centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::AttendeeSession</name>
    <message>
        <source>%1, started %2</source>
        <translation>%1, розпочато %2</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is not offered in this session.</source>
        <translation>Групи «%1» у цій сесії немає.</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Не вдалося створити сесію: %1</translation>
    </message>
    <message>
        <source>A new participant could not be created: %1</source>
        <translation>Не вдалося створити нового учасника: %1</translation>
    </message>
    <message>
        <source>The joined workshop is not stored on this device.</source>
        <translation>Семінар, до якого ви приєдналися, не збережено на цьому пристрої.</translation>
    </message>
    <message>
        <source>There is no session on this device to continue.</source>
        <translation>На цьому пристрої немає сесії, яку можна продовжити.</translation>
    </message>
    <message>
        <source>Round %1 has started – please rate the statements again.</source>
        <translation>Розпочався раунд %1 – будь ласка, оцініть твердження ще раз.</translation>
    </message>
    <message>
        <source>This shared device is locked. The moderator can unlock it with the code.</source>
        <translation>Цей спільний пристрій заблоковано. Модератор може розблокувати його кодом.</translation>
    </message>
</context>
<context>
    <name>dp::CatalogEditor</name>
    <message>
        <source>The catalog is not valid and was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the catalog file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;fr&quot; or &quot;pt-BR&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog already has the language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, statement %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale &quot;%1&quot; is the default scale and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale &quot;%1&quot; is used by statement &quot;%2&quot; and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::CatalogListModel</name>
    <message>
        <source>Please enter the path of a catalog file.</source>
        <translation>Введіть шлях до файлу каталогу.</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be used: %2</source>
        <translation>Файл каталогу %1 не можна використати: %2</translation>
    </message>
    <message>
        <source>Please choose a catalog.</source>
        <translation>Виберіть каталог.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be used: %2</source>
        <translation>Каталог %1 не можна використати: %2</translation>
    </message>
</context>
<context>
    <name>dp::CatalogMessages</name>
    <message>
        <source>there is no built-in catalog &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Dialogpunkte catalog: &quot;format&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Dialogpunkte catalog: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; %1 is newer than this app understands (%2); please update Dialogpunkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;languages&quot; must be a non-empty array such as [&quot;de&quot;, &quot;en&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a language code (expected e.g. &quot;de&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate scale id &quot;%1&quot; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scale&quot; refers to unknown scale &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate dimension id &quot;%1&quot; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate statement id &quot;%1&quot; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Dialogpunkte catalog: the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;defaultScale&quot; refers to unknown scale &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot; is too large (%2 bytes; the limit is %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read catalog file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot; is too large (the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; is not a valid id (use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. &quot;de&quot;, &quot;en&quot;, &quot;tr&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or an object of languages, e.g. {&quot;de&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;labels&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;labels&quot; has %1 entries but the scale has %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pictogram scale needs &quot;pictograms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pictograms&quot; must be an array of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pictograms&quot; has %1 entries but the scale has %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictogram names are lower-case words joined by &apos;-&apos;, e.g. &quot;very-happy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictogram &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;kind&quot; &quot;%1&quot; (expected &quot;ordinal&quot;, &quot;bipolar&quot; or &quot;pictogram&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;points&quot; must be between %1 and %2 for %3 scales (got %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;midpoint&quot; needs an odd number of points (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing (a bipolar scale needs both poles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog may hold at most %1 statements; this dimension brings it to %2</source>
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
    <name>dp::DiscoveryBeacon</name>
    <message>
        <source>Cannot announce the workshop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::DiscoveryListener</name>
    <message>
        <source>Cannot listen for workshops on UDP port %1: %2 – please enter the workshop link or scan its QR code instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::ExportStaging</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::GroupChoice</name>
    <message>
        <source>This workshop has no group &quot;%1&quot;. Please choose one of the groups shown.</source>
        <translation>У цьому семінарі немає групи «%1». Будь ласка, виберіть одну з показаних груп.</translation>
    </message>
</context>
<context>
    <name>dp::GroupListModel</name>
    <message>
        <source>No answer</source>
        <translation>Не вказувати</translation>
    </message>
</context>
<context>
    <name>dp::HubRestore</name>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tablet offers this workshop any more. Wait until one has joined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::JoinController</name>
    <message>
        <source>Connected</source>
        <translation>Підключено</translation>
    </message>
    <message>
        <source>Please enter the address as host:port, e.g. 192.168.1.20:47110.</source>
        <translation>Введіть адресу у вигляді хост:порт, напр., 192.168.1.20:47110.</translation>
    </message>
    <message>
        <source>This is not a workshop link: %1</source>
        <translation>Це не посилання на семінар: %1</translation>
    </message>
    <message>
        <source>Please choose a workshop from the list.</source>
        <translation>Виберіть семінар зі списку.</translation>
    </message>
    <message>
        <source>Please enter the room code the moderator shows.</source>
        <translation>Введіть код кімнати, який показує модератор.</translation>
    </message>
    <message>
        <source>This device could not be registered in the workshop: %1</source>
        <translation>Не вдалося зареєструвати цей пристрій на семінарі: %1</translation>
    </message>
    <message>
        <source>The workshop has ended</source>
        <translation>Семінар завершено</translation>
    </message>
    <message>
        <source>Offline – retrying, answers are saved on this device</source>
        <translation>Немає зв’язку – повторна спроба, відповіді зберігаються на цьому пристрої</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>У мережі</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Немає зв’язку</translation>
    </message>
    <message>
        <source>The moderator&apos;s device does not know the group you chose. Please choose again.</source>
        <translation>Пристрій модератора не знає вибраної групи. Будь ласка, виберіть ще раз.</translation>
    </message>
</context>
<context>
    <name>dp::ModeratorSession</name>
    <message>
        <source>The workshop cannot be hosted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot be prepared: %1</source>
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
    <message>
        <source>Cannot restore from the tablets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::QrCode</name>
    <message>
        <source>There is nothing to put into a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::RatingFlow</name>
    <message>
        <source>There is no statement to answer.</source>
        <translation>Немає тверджень для відповіді.</translation>
    </message>
    <message>
        <source>The moderator has closed this statement for rating.</source>
        <translation>Модератор закрив це твердження для оцінювання.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Не вдалося зберегти відповідь: %1</translation>
    </message>
</context>
<context>
    <name>dp::SessionExports</name>
    <message numerus="yes">
        <source>Saved %n plot(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the answers to %1 and the figures to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement has answers yet, so there are no plots to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose where to save the plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is not stored on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::SessionHost</name>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::SharedDevice</name>
    <message>
        <source>Please choose an unlock code of %1 to %2 digits.</source>
        <translation>Будь ласка, виберіть код розблокування з %1–%2 цифр.</translation>
    </message>
    <message>
        <source>Only the moderator can switch sharing off: unlock with the code first.</source>
        <translation>Вимкнути спільний режим може лише модератор: спершу розблокуйте кодом.</translation>
    </message>
    <message>
        <source>That is not the unlock code.</source>
        <translation>Це не код розблокування.</translation>
    </message>
</context>
<context>
    <name>dp::SyncClient</name>
    <message>
        <source>Offline – answers are saved on this device and sent later. %1</source>
        <translation>Немає зв’язку – відповіді зберігаються на цьому пристрої і будуть надіслані пізніше. %1</translation>
    </message>
    <message>
        <source>Could not store the workshop on this device: %1</source>
        <translation>Не вдалося зберегти семінар на цьому пристрої: %1</translation>
    </message>
    <message>
        <source>No answer from %1:%2 – is this device in the same Wi-Fi as the moderator? Guest Wi-Fi often isolates devices from each other.</source>
        <translation>Немає відповіді від %1:%2 – цей пристрій у тій самій мережі Wi-Fi, що й модератор? Гостьові мережі Wi-Fi часто ізолюють пристрої один від одного.</translation>
    </message>
    <message>
        <source>%1:%2 refused the connection – is the moderator&apos;s hub running?</source>
        <translation>%1:%2 відхилив підключення – чи запущено семінар на пристрої модератора?</translation>
    </message>
    <message>
        <source>Host %1 not found – please check the workshop link</source>
        <translation>Пристрій %1 не знайдено – перевірте посилання на семінар</translation>
    </message>
    <message>
        <source>No route to %1:%2 – guest Wi-Fi with client isolation, or another network?</source>
        <translation>Немає шляху до %1:%2 – гостьова мережа Wi-Fi з ізоляцією пристроїв чи інша мережа?</translation>
    </message>
    <message>
        <source>Connection to the moderator lost (%1)</source>
        <translation>Зв’язок із модератором втрачено (%1)</translation>
    </message>
    <message>
        <source>Connection to the moderator lost</source>
        <translation>Зв’язок із модератором втрачено</translation>
    </message>
    <message>
        <source>The moderator&apos;s device stopped answering</source>
        <translation>Пристрій модератора перестав відповідати</translation>
    </message>
    <message>
        <source>This is not a workshop link: %1</source>
        <translation>Це не посилання на семінар: %1</translation>
    </message>
    <message>
        <source>No workshop chosen yet</source>
        <translation>Семінар ще не вибрано</translation>
    </message>
    <message>
        <source>Not connected – answers are saved on this device</source>
        <translation>Немає підключення – відповіді зберігаються на цьому пристрої</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 …</source>
        <translation>Підключення до %1:%2 …</translation>
    </message>
    <message>
        <source>Joining the workshop …</source>
        <translation>Приєднання до семінару …</translation>
    </message>
    <message>
        <source>The moderator&apos;s device sent an invalid message: %1</source>
        <translation>Пристрій модератора надіслав недійсне повідомлення: %1</translation>
    </message>
    <message>
        <source>The moderator closed the workshop hub</source>
        <translation>Модератор завершив семінар</translation>
    </message>
    <message>
        <source>Connected – answers arrive at the moderator</source>
        <translation>Підключено – відповіді надходять модератору</translation>
    </message>
    <message>
        <source>The moderator&apos;s device refused an answer: %1</source>
        <translation>Пристрій модератора відхилив відповідь: %1</translation>
    </message>
    <message>
        <source>Wrong room code – please check it with the moderator</source>
        <translation>Неправильний код кімнати – будь ласка, уточніть його в модератора</translation>
    </message>
    <message>
        <source>Too many wrong room codes from this network – trying again shortly</source>
        <translation>Забагато неправильних кодів із цієї мережі – незабаром нова спроба</translation>
    </message>
    <message>
        <source>Many devices are joining at once – trying again shortly</source>
        <translation>Одночасно підключається багато пристроїв – незабаром нова спроба</translation>
    </message>
    <message>
        <source>The moderator&apos;s device runs another workshop</source>
        <translation>На пристрої модератора йде інший семінар</translation>
    </message>
    <message>
        <source>The workshop has no such group – please choose your group again</source>
        <translation>У семінарі немає такої групи – будь ласка, виберіть групу ще раз</translation>
    </message>
    <message>
        <source>The statement is not part of this workshop</source>
        <translation>Це твердження не належить до цього семінару</translation>
    </message>
    <message>
        <source>The answer is not on the statement&apos;s scale</source>
        <translation>Такої відповіді немає на шкалі цього твердження</translation>
    </message>
    <message>
        <source>This round has not started yet</source>
        <translation>Цей раунд ще не почався</translation>
    </message>
    <message>
        <source>This person answers on another device</source>
        <translation>Ця людина відповідає на іншому пристрої</translation>
    </message>
    <message>
        <source>The moderator&apos;s device could not store answers – they stay on this device and are sent again</source>
        <translation>Пристрій модератора не зміг зберегти відповіді – вони залишаються на цьому пристрої й будуть надіслані знову</translation>
    </message>
    <message>
        <source>This device connected again</source>
        <translation>Цей пристрій підключився знову</translation>
    </message>
    <message>
        <source>The moderator&apos;s device reported a problem (%1)</source>
        <translation>Пристрій модератора повідомив про проблему (%1)</translation>
    </message>
    <message>
        <source>The moderator&apos;s device is restoring its workshop …</source>
        <translation>Пристрій модератора відновлює свій семінар …</translation>
    </message>
</context>
<context>
    <name>dp::WorkshopHosting</name>
    <message>
        <source>This workshop no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop&apos;s saved state could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from the tablets was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dp::WorkshopLibrary</name>
    <message>
        <source>The group “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshops cannot be shown: the moderator&apos;s database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period must be between 1 and %1 days, or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old workshops could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the workshop a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose at least one dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen series no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the new series a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot be added to the series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next workshop cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is being hosted right now. Please end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot be archived or restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
