-- A Dialogpunkte database exactly as schema version 1 created it, with data from a workshop:
-- an attendee tablet that saved ratings, one of them changed before the moderator acknowledged it.
-- Version 1 kept one outbox entry per rating key only by convention; seq 30 is an old leftover.
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE sessions ( id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, catalog_json TEXT NOT NULL, groups_json TEXT NOT NULL DEFAULT '[]', current_round INTEGER NOT NULL DEFAULT 1 CHECK (current_round >= 1), role TEXT NOT NULL CHECK (role IN ('local', 'attendee', 'moderator')), created_at TEXT NOT NULL);
CREATE TABLE participants ( session_id TEXT NOT NULL REFERENCES sessions(id), pseudonym TEXT NOT NULL, group_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, PRIMARY KEY (session_id, pseudonym));
CREATE TABLE ratings ( session_id TEXT NOT NULL, round INTEGER NOT NULL CHECK (round >= 1), statement_id TEXT NOT NULL, pseudonym TEXT NOT NULL, answer INTEGER NOT NULL, device_id TEXT NOT NULL, sequence INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (session_id, round, statement_id, pseudonym), FOREIGN KEY (session_id, pseudonym)  REFERENCES participants(session_id, pseudonym));
CREATE TABLE outbox ( sequence INTEGER PRIMARY KEY NOT NULL, session_id TEXT NOT NULL, round INTEGER NOT NULL, statement_id TEXT NOT NULL, pseudonym TEXT NOT NULL, answer INTEGER NOT NULL, device_id TEXT NOT NULL, updated_at TEXT NOT NULL, FOREIGN KEY (session_id, pseudonym)  REFERENCES participants(session_id, pseudonym));
PRAGMA application_id = 1146121076;
INSERT INTO meta (key, value) VALUES ('device_id', '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33'), ('next_sequence', '43');
INSERT INTO sessions VALUES ('0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 'Werkstatt Nord', '2024-03-12', '{"format":"dialogpunkte-catalog","formatVersion":1,"id":"storage-test","title":"Testkatalog","defaultScale":"agree6","scales":[{"id":"agree6","kind":"ordinal","points":6,"allowCannotJudge":true},{"id":"strict4","kind":"ordinal","points":4,"allowCannotJudge":false}],"dimensions":[{"id":"netzwerk","title":"Netzwerk","statements":[{"id":"n1","text":"Die Rollen sind geklärt."},{"id":"n2","text":"Absprachen sind verbindlich.","scale":"strict4"}]}]}', '[{"id":"kita","name":{"de":"Kita","en":"Day care"}}]', 2, 'attendee', '2024-03-12T08:30:00.000Z');
INSERT INTO participants VALUES ('0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', '9f86d081884c7d659a2feaa0c55ad015', 'kita', '2024-03-12T08:31:00.000Z');
INSERT INTO participants VALUES ('0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 'e3b0c44298fc1c149afbf4c8996fb924', '', '2024-03-12T08:32:00.000Z');
INSERT INTO ratings VALUES ('0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 1, 'n1', '9f86d081884c7d659a2feaa0c55ad015', 5, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', 40, '2024-03-12T09:00:00.000Z');
INSERT INTO ratings VALUES ('0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 1, 'n2', '9f86d081884c7d659a2feaa0c55ad015', 3, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', 41, '2024-03-12T09:01:00.000Z');
INSERT INTO ratings VALUES ('0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 2, 'n1', '9f86d081884c7d659a2feaa0c55ad015', 0, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', 42, '2024-03-12T11:00:00.000Z');
INSERT INTO ratings VALUES ('0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 1, 'n1', 'e3b0c44298fc1c149afbf4c8996fb924', 2, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', 12, '2024-03-12T08:50:00.000Z');
INSERT INTO outbox VALUES (30, '0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 1, 'n1', '9f86d081884c7d659a2feaa0c55ad015', 2, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', '2024-03-12T08:55:00.000Z');
INSERT INTO outbox VALUES (40, '0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 1, 'n1', '9f86d081884c7d659a2feaa0c55ad015', 5, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', '2024-03-12T09:00:00.000Z');
INSERT INTO outbox VALUES (41, '0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 1, 'n2', '9f86d081884c7d659a2feaa0c55ad015', 3, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', '2024-03-12T09:01:00.000Z');
INSERT INTO outbox VALUES (42, '0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b', 2, 'n1', '9f86d081884c7d659a2feaa0c55ad015', 0, '5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33', '2024-03-12T11:00:00.000Z');
PRAGMA user_version = 1;
