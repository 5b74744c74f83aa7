/// The tables of the PostgreSQL store, the same as SQLite's with PostgreSQL's types. Applied
/// migrations are listed in `schema_migration`; `PostgresCaseStore.migrate()` applies the rest in
/// one transaction under an advisory lock, so instances that start together take turns.
enum PostgresSchema {
  struct Migration: Sendable {
    var version: Int
    var name: String
    /// One statement each (the extended query protocol takes one at a time).
    var statements: [String]
  }

  /// The key of `pg_advisory_xact_lock` that migrations hold ("troly" in ASCII).
  static let migrationLock: Int64 = 0x74_72_6f_6c_79

  static let createMigrationTable = """
    CREATE TABLE IF NOT EXISTS schema_migration (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )
    """

  static let migrations: [Migration] = [
    Migration(
      version: 1, name: "cases",
      statements: [
        """
        CREATE TABLE dossier_sequence (
          unit text NOT NULL,
          day text NOT NULL,
          last integer NOT NULL,
          PRIMARY KEY (unit, day)
        )
        """,
        """
        CREATE TABLE case_record (
          dossier text PRIMARY KEY,
          unit text NOT NULL,
          day text NOT NULL,
          sequence integer NOT NULL,
          procedure_code text NOT NULL,
          kiosk_id text NOT NULL,
          full_name text NOT NULL,
          id_number text NOT NULL,
          phone text NOT NULL,
          email text,
          checklist_json jsonb NOT NULL,
          consent_at timestamptz NOT NULL,
          status text NOT NULL,
          submitted_at timestamptz NOT NULL,
          UNIQUE (unit, day, sequence)
        )
        """,
        """
        CREATE TABLE case_event (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          dossier text NOT NULL REFERENCES case_record (dossier),
          status text NOT NULL,
          at timestamptz NOT NULL,
          note text
        )
        """,
        "CREATE INDEX case_event_dossier ON case_event (dossier, id)",
        """
        CREATE TABLE idempotency (
          principal text NOT NULL,
          key text NOT NULL,
          fingerprint text NOT NULL,
          state text NOT NULL CHECK (state IN ('pending', 'done')),
          response_status integer,
          response_body bytea,
          created_at timestamptz NOT NULL,
          PRIMARY KEY (principal, key)
        )
        """,
      ])
  ]
}
