import CaseModel
import Foundation
import GRDB

/// The case store of a single service: one SQLite file (the default, `var/cases.sqlite`).
///
/// The file is in WAL mode with `synchronous = NORMAL`: a commit appends to the write-ahead log
/// without waiting for the disk, and the log is synced at checkpoints. A transaction that has
/// committed survives the process being killed (SIGKILL, a crash), because its pages are in the
/// log file the operating system already holds; only a power cut or an operating-system crash
/// can lose the last commits before a checkpoint. Every write is an `IMMEDIATE` transaction, and
/// a writer waits up to the busy timeout for another (another store on the same file).
public final class SQLiteCaseStore: CaseStore {
  let pool: DatabasePool
  let staleClaimTimeout: TimeInterval

  /// Opens (or creates) the store at `path`, making its folder when missing. Call `migrate()`
  /// before using it.
  /// - Parameters:
  ///   - staleClaimTimeout: seconds after which a pending claim counts as abandoned and the same
  ///     request may take it over.
  ///   - busyTimeout: seconds a write waits for another connection's write to finish.
  public init(path: String, staleClaimTimeout: TimeInterval = 30, busyTimeout: TimeInterval = 10)
    throws
  {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    pool = try DatabasePool(path: path, configuration: configuration)
    self.staleClaimTimeout = staleClaimTimeout
  }

  public func migrate() async throws {
    let migrator = SQLiteSchema.migrator
    do {
      try migrator.migrate(pool)
    } catch {
      // Another store on the same file may have run the same migration between our reading of
      // the applied migrations and our write; once it has committed, there is nothing left to do.
      try migrator.migrate(pool)
    }
  }

  public func claim(key: IdempotencyKey, fingerprint: String, now: Date) async throws
    -> IdempotencyClaim
  {
    let createdAt = StoredTime.microseconds(now)
    let staleAfter = staleClaimTimeout
    return try await write { db in
      try db.execute(
        sql: """
          INSERT INTO idempotency (principal, key, fingerprint, state, created_at)
          VALUES (?, ?, ?, 'pending', ?)
          ON CONFLICT (principal, key) DO NOTHING
          """, arguments: [key.principal, key.key, fingerprint, createdAt])
      if db.changesCount == 1 { return .claimed }
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT fingerprint, state, response_status, response_body, created_at
            FROM idempotency WHERE principal = ? AND key = ?
            """, arguments: [key.principal, key.key])
      else { throw CaseStoreError.unreadableRow(table: "idempotency", column: "key") }
      let record = IdempotencyRecord(
        fingerprint: row["fingerprint"], isDone: row["state"] == "done",
        responseStatus: row["response_status"], responseBody: row["response_body"],
        createdAt: row["created_at"])
      switch try record.decision(fingerprint: fingerprint, now: now, staleAfter: staleAfter) {
      case .answer(let claim):
        return claim
      case .takeOver:
        try db.execute(
          sql: """
            UPDATE idempotency SET created_at = ?
            WHERE principal = ? AND key = ? AND state = 'pending' AND created_at = ?
            """, arguments: [createdAt, key.principal, key.key, record.createdAt])
        return db.changesCount == 1 ? .claimed : .inFlight
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
    let submittedAt = StoredTime.microseconds(now)
    let consentAt = StoredTime.microseconds(submission.consent.givenAt)
    return try await write { db in
      let state = try String.fetchOne(
        db, sql: "SELECT state FROM idempotency WHERE principal = ? AND key = ?",
        arguments: [key.principal, key.key])
      guard state == "pending" else { throw CaseStoreError.claimNotPending }
      guard
        let sequence = try Int.fetchOne(
          db,
          sql: """
            INSERT INTO dossier_sequence (unit, day, last) VALUES (?, ?, 1)
            ON CONFLICT (unit, day) DO UPDATE SET last = dossier_sequence.last + 1
            RETURNING last
            """, arguments: [unit, day])
      else { throw CaseStoreError.unreadableRow(table: "dossier_sequence", column: "last") }
      let dossier = DossierNumber(unit: unit, day: day, sequence: sequence)
      let applicant = submission.applicant
      try db.execute(
        sql: """
          INSERT INTO case_record (
            dossier, unit, day, sequence, procedure_code, kiosk_id, full_name, id_number, phone,
            email, checklist_json, consent_at, status, submitted_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          dossier.description, unit, day, sequence, submission.procedureCode,
          submission.kioskID, applicant.fullName, applicant.idNumber, applicant.phone,
          applicant.email, checklist, consentAt, CaseStatus.registered.rawValue, submittedAt,
        ])
      try db.execute(
        sql: "INSERT INTO case_event (dossier, status, at, note) VALUES (?, ?, ?, NULL)",
        arguments: [dossier.description, CaseStatus.registered.rawValue, submittedAt])
      let receipt = CaseReceipt(
        dossier: dossier, status: .registered, procedureCode: submission.procedureCode,
        submittedAt: StoredTime.date(submittedAt))
      let stored = try response(receipt)
      try db.execute(
        sql: """
          UPDATE idempotency SET state = 'done', response_status = ?, response_body = ?
          WHERE principal = ? AND key = ?
          """, arguments: [stored.status, stored.body, key.principal, key.key])
      return stored
    }
  }

  public func release(key: IdempotencyKey) async throws {
    try await write { db in
      try db.execute(
        sql: "DELETE FROM idempotency WHERE principal = ? AND key = ? AND state = 'pending'",
        arguments: [key.principal, key.key])
    }
  }

  public func find(_ dossier: DossierNumber) async throws -> StoredCase? {
    try await pool.read { db in try Self.load(dossier.description, db) }
  }

  public func changeStatus(_ dossier: DossierNumber, _ change: StatusChange, now: Date)
    async throws -> StatusChangeOutcome
  {
    let at = StoredTime.microseconds(now)
    return try await write { db in
      guard
        let current = try String.fetchOne(
          db, sql: "SELECT status FROM case_record WHERE dossier = ?",
          arguments: [dossier.description])
      else { return .notFound }
      let status = try CaseRow.status(current, table: "case_record")
      guard status.canMove(to: change.status) else { return .notAllowed(from: status) }
      try db.execute(
        sql: "UPDATE case_record SET status = ? WHERE dossier = ?",
        arguments: [change.status.rawValue, dossier.description])
      try db.execute(
        sql: "INSERT INTO case_event (dossier, status, at, note) VALUES (?, ?, ?, ?)",
        arguments: [dossier.description, change.status.rawValue, at, change.note])
      guard let stored = try Self.load(dossier.description, db) else { return .notFound }
      return .changed(stored.view)
    }
  }

  public func count() async throws -> Int {
    try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_record") ?? 0 }
  }

  public func close() async {
    try? pool.close()
  }

  /// Runs `body` in one `IMMEDIATE` transaction: it takes the write lock at once, so a second
  /// store on the same file waits (busy timeout) instead of failing when it upgrades a read.
  func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
    try await pool.writeWithoutTransaction { db in
      try db.beginTransaction(.immediate)
      do {
        let result = try body(db)
        try db.commit()
        return result
      } catch {
        if db.isInsideTransaction { try? db.rollback() }
        throw error
      }
    }
  }

  static func load(_ dossier: String, _ db: Database) throws -> StoredCase? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT dossier, procedure_code, status, submitted_at, kiosk_id, id_number
          FROM case_record WHERE dossier = ?
          """, arguments: [dossier])
    else { return nil }
    let events = try Row.fetchAll(
      db, sql: "SELECT status, at, note FROM case_event WHERE dossier = ? ORDER BY id",
      arguments: [dossier]
    ).map { CaseRow.EventRow(status: $0["status"], at: $0["at"], note: $0["note"]) }
    return try CaseRow(
      dossier: row["dossier"], procedureCode: row["procedure_code"], status: row["status"],
      submittedAt: row["submitted_at"], kioskID: row["kiosk_id"], idNumber: row["id_number"],
      events: events
    ).storedCase()
  }
}
