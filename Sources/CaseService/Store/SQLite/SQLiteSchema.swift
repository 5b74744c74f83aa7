import GRDB

/// The tables of the SQLite store, made by GRDB's migrator. Instants are integers: microseconds
/// since 1970 (see `StoredTime`).
enum SQLiteSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("1-cases") { db in
      try db.execute(
        sql: """
          CREATE TABLE dossier_sequence (
            unit TEXT NOT NULL,
            day TEXT NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (unit, day)
          ) STRICT;
          CREATE TABLE case_record (
            dossier TEXT NOT NULL PRIMARY KEY,
            unit TEXT NOT NULL,
            day TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            procedure_code TEXT NOT NULL,
            kiosk_id TEXT NOT NULL,
            full_name TEXT NOT NULL,
            id_number TEXT NOT NULL,
            phone TEXT NOT NULL,
            email TEXT,
            checklist_json TEXT NOT NULL,
            consent_at INTEGER NOT NULL,
            status TEXT NOT NULL,
            submitted_at INTEGER NOT NULL,
            UNIQUE (unit, day, sequence)
          ) STRICT;
          CREATE TABLE case_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            dossier TEXT NOT NULL REFERENCES case_record (dossier),
            status TEXT NOT NULL,
            at INTEGER NOT NULL,
            note TEXT
          ) STRICT;
          CREATE INDEX case_event_dossier ON case_event (dossier, id);
          CREATE TABLE idempotency (
            principal TEXT NOT NULL,
            key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
            response_status INTEGER,
            response_body BLOB,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (principal, key)
          ) STRICT;
          """)
    }
    return migrator
  }
}
