import CaseModel
import Foundation
import Logging
import PostgresNIO

/// The case store for several service instances (many kiosks): one PostgreSQL database.
///
/// Everything that must be unique is made unique by the database, not by a lock in this process:
/// dossier sequences by an upsert on `dossier_sequence`, claims by the idempotency table's primary
/// key and conditional updates, status changes by `SELECT … FOR UPDATE`. Instances may start,
/// migrate and write together.
public final class PostgresCaseStore: CaseStore {
  let client: PostgresClient
  let running: Task<Void, Never>
  let logger: Logger
  let staleClaimTimeout: TimeInterval

  /// Connects lazily to `url` (`postgres://user[:password]@host[:port]/database`, optionally
  /// `?sslmode=prefer|require`); the connection pool runs in a task the store owns until
  /// `close()`. Call `migrate()` before using it.
  /// - Parameter staleClaimTimeout: seconds after which a pending claim counts as abandoned and
  ///   the same request may take it over.
  /// - Throws: `CaseStoreError.invalidPostgresURL` with a reason that never repeats the URL.
  public init(url: String, logger: Logger, staleClaimTimeout: TimeInterval = 30) throws {
    let location = try PostgresURL(url)
    let client = PostgresClient(configuration: location.configuration, backgroundLogger: logger)
    self.client = client
    self.running = Task { await client.run() }
    self.logger = logger
    self.staleClaimTimeout = staleClaimTimeout
  }

  public func migrate() async throws {
    try await transaction { connection in
      try await run("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))", connection)
      try await run(PostgresQuery(unsafeSQL: PostgresSchema.createMigrationTable), connection)
      var applied: Set<Int> = []
      for row in try await rows("SELECT version FROM schema_migration", connection) {
        applied.insert(try row.decode(Int.self))
      }
      for migration in PostgresSchema.migrations where !applied.contains(migration.version) {
        for statement in migration.statements {
          try await run(PostgresQuery(unsafeSQL: statement), connection)
        }
        try await run(
          "INSERT INTO schema_migration (version, name) VALUES (\(migration.version), \(migration.name))",
          connection)
      }
    }
  }

  public func claim(key: IdempotencyKey, fingerprint: String, now: Date) async throws
    -> IdempotencyClaim
  {
    let createdAt = PostgresTimestamp(microseconds: StoredTime.microseconds(now))
    return try await client.withConnection { connection in
      // Each statement commits on its own; the primary key and the conditional update decide.
      while true {
        let inserted = try await rows(
          """
          INSERT INTO idempotency (principal, key, fingerprint, state, created_at)
          VALUES (\(key.principal), \(key.key), \(fingerprint), 'pending', \(createdAt))
          ON CONFLICT (principal, key) DO NOTHING
          RETURNING 1
          """, connection)
        if !inserted.isEmpty { return .claimed }
        let found = try await rows(
          """
          SELECT fingerprint, state, response_status, response_body, created_at
          FROM idempotency WHERE principal = \(key.principal) AND key = \(key.key)
          """, connection)
        // Released between the two statements: try to insert again.
        guard let row = found.first else { continue }
        let (storedFingerprint, state, status, body, storedAt) = try row.decode(
          (String, String, Int?, Data?, PostgresTimestamp).self)
        let record = IdempotencyRecord(
          fingerprint: storedFingerprint, isDone: state == "done", responseStatus: status,
          responseBody: body, createdAt: storedAt.microseconds)
        switch try record.decision(
          fingerprint: fingerprint, now: now, staleAfter: staleClaimTimeout)
        {
        case .answer(let claim):
          return claim
        case .takeOver:
          let taken = try await rows(
            """
            UPDATE idempotency SET created_at = \(createdAt)
            WHERE principal = \(key.principal) AND key = \(key.key) AND state = 'pending'
              AND created_at = \(storedAt)
            RETURNING 1
            """, connection)
          return taken.isEmpty ? .inFlight : .claimed
        }
      }
    }
  }

  public func create(
    _ submission: CaseSubmission, unit: String, key: IdempotencyKey, now: Date,
    response: @Sendable (CaseReceipt) throws -> StoredResponse
  ) async throws -> StoredResponse {
    guard DossierNumber.isUnit(unit) else { throw CaseStoreError.invalidUnit }
    let checklist = try CaseRow.checklistJSON(submission.checklist)
    let day = DossierNumber.day(of: now)
    let submittedAt = PostgresTimestamp(microseconds: StoredTime.microseconds(now))
    let consentAt = PostgresTimestamp(
      microseconds: StoredTime.microseconds(submission.consent.givenAt))
    let registered = CaseStatus.registered.rawValue
    // Two statements, each committing on its own, so no lock is held across round trips (the
    // sequence row is every submission's hot spot): first the number, then one statement that
    // marks the claim done and inserts the case and its first event only if the claim was
    // still pending. A number taken by a request that then fails is never used: dossier
    // numbers are unique and increasing, with a rare gap.
    return try await client.withConnection { connection in
      let sequenceRows = try await rows(
        """
        INSERT INTO dossier_sequence (unit, day, last) VALUES (\(unit), \(day), 1)
        ON CONFLICT (unit, day) DO UPDATE SET last = dossier_sequence.last + 1
        RETURNING last
        """, connection)
      guard let sequence = try sequenceRows.first?.decode(Int.self) else {
        throw CaseStoreError.unreadableRow(table: "dossier_sequence", column: "last")
      }
      let dossier = DossierNumber(unit: unit, day: day, sequence: sequence)
      let applicant = submission.applicant
      let receipt = CaseReceipt(
        dossier: dossier, status: .registered, procedureCode: submission.procedureCode,
        submittedAt: StoredTime.date(submittedAt.microseconds))
      let stored = try response(receipt)
      let created = try await rows(
        """
        WITH claim AS (
          UPDATE idempotency
          SET state = 'done', response_status = \(stored.status), response_body = \(stored.body)
          WHERE principal = \(key.principal) AND key = \(key.key) AND state = 'pending'
          RETURNING 1
        ), inserted AS (
          INSERT INTO case_record (
            dossier, unit, day, sequence, procedure_code, kiosk_id, full_name, id_number, phone,
            email, checklist_json, consent_at, status, submitted_at)
          SELECT
            \(dossier.description), \(unit), \(day), \(sequence), \(submission.procedureCode),
            \(submission.kioskID), \(applicant.fullName), \(applicant.idNumber), \(applicant.phone),
            \(applicant.email), \(checklist)::jsonb, \(consentAt), \(registered), \(submittedAt)
          FROM claim
          RETURNING dossier
        )
        INSERT INTO case_event (dossier, status, at, note)
        SELECT dossier, \(registered), \(submittedAt), NULL FROM inserted
        RETURNING 1
        """, connection)
      guard !created.isEmpty else { throw CaseStoreError.claimNotPending }
      return stored
    }
  }

  public func release(key: IdempotencyKey) async throws {
    try await client.withConnection { connection in
      try await run(
        """
        DELETE FROM idempotency
        WHERE principal = \(key.principal) AND key = \(key.key) AND state = 'pending'
        """, connection)
    }
  }

  public func find(_ dossier: DossierNumber) async throws -> StoredCase? {
    try await client.withConnection { connection in
      try await load(dossier.description, connection)
    }
  }

  public func changeStatus(_ dossier: DossierNumber, _ change: StatusChange, now: Date)
    async throws -> StatusChangeOutcome
  {
    let at = PostgresTimestamp(microseconds: StoredTime.microseconds(now))
    return try await transaction { connection in
      let current = try await rows(
        "SELECT status FROM case_record WHERE dossier = \(dossier.description) FOR UPDATE",
        connection)
      guard let row = current.first else { return .notFound }
      let status = try CaseRow.status(try row.decode(String.self), table: "case_record")
      guard status.canMove(to: change.status) else { return .notAllowed(from: status) }
      try await run(
        """
        UPDATE case_record SET status = \(change.status.rawValue)
        WHERE dossier = \(dossier.description)
        """, connection)
      try await run(
        """
        INSERT INTO case_event (dossier, status, at, note)
        VALUES (\(dossier.description), \(change.status.rawValue), \(at), \(change.note))
        """, connection)
      guard let stored = try await load(dossier.description, connection) else {
        return .notFound
      }
      return .changed(stored.view)
    }
  }

  public func count() async throws -> Int {
    try await client.withConnection { connection in
      let rows = try await rows("SELECT count(*) FROM case_record", connection)
      return try rows.first?.decode(Int.self) ?? 0
    }
  }

  /// Ends the client's run task, which closes its connections.
  public func close() async {
    running.cancel()
    await running.value
  }

  /// Runs `body` between `BEGIN` and `COMMIT` on one connection of the pool; rolls back when it
  /// throws, and rethrows its error as it is.
  func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
    try await client.withConnection { connection in
      try await run("BEGIN", connection)
      do {
        let result = try await body(connection)
        try await run("COMMIT", connection)
        return result
      } catch {
        try? await run("ROLLBACK", connection)
        throw error
      }
    }
  }

  /// The case with its history, read in one statement (one snapshot).
  func load(_ dossier: String, _ connection: PostgresConnection) async throws
    -> StoredCase?
  {
    let rows = try await rows(
      """
      SELECT c.dossier, c.procedure_code, c.status, c.submitted_at, c.kiosk_id, c.id_number,
        e.status, e.at, e.note
      FROM case_record c LEFT JOIN case_event e ON e.dossier = c.dossier
      WHERE c.dossier = \(dossier)
      ORDER BY e.id
      """, connection)
    guard let first = rows.first else { return nil }
    let (number, procedureCode, status, submittedAt, kioskID, idNumber, _, _, _) =
      try first.decode(
        (
          String, String, String, PostgresTimestamp, String, String, String?, PostgresTimestamp?,
          String?
        ).self)
    var events: [CaseRow.EventRow] = []
    for row in rows {
      let (_, _, _, _, _, _, eventStatus, at, note) = try row.decode(
        (
          String, String, String, PostgresTimestamp, String, String, String?, PostgresTimestamp?,
          String?
        ).self)
      if let eventStatus, let at {
        events.append(CaseRow.EventRow(status: eventStatus, at: at.microseconds, note: note))
      }
    }
    return try CaseRow(
      dossier: number, procedureCode: procedureCode, status: status,
      submittedAt: submittedAt.microseconds, kioskID: kioskID, idNumber: idNumber, events: events
    ).storedCase()
  }

  func rows(_ query: PostgresQuery, _ connection: PostgresConnection) async throws
    -> [PostgresRow]
  {
    try await connection.query(query, logger: logger).collect()
  }

  func run(_ query: PostgresQuery, _ connection: PostgresConnection) async throws {
    _ = try await rows(query, connection)
  }
}
