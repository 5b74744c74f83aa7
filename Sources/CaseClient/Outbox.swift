import CaseModel
import Crypto
import Foundation
import GRDB
import Synchronization

/// The kiosk's outbox (`var/outbox.sqlite`): every submission is written here, with its
/// idempotency key, before any network call, so a case survives a crash, a SIGKILL or a service
/// that is down, and a retry can never file it twice (the service answers a known key with its
/// first answer). Once delivered, the body (personal data) is erased; the dossier number and a
/// keyed hash of the CCCD number stay, for lookups by provisional reference. A refused entry
/// keeps its body until an operator sends it again.
public final class Outbox: Sendable {
  /// One submission waiting or done.
  public struct Entry: Sendable, Equatable {
    public enum State: String, Sendable, Equatable, CaseIterable {
      /// Not delivered yet.
      case pending
      /// The service answered 201 (or replayed it).
      case delivered
      /// The service refused it for good (4xx other than 408/409/429).
      case refused
    }

    public var id: Int64
    /// The provisional reference the citizen holds (TAM-XXXXXX).
    public var reference: String
    public var idempotencyKey: String
    public var state: State
    public var attempts: Int
    public var createdAt: Date
    public var nextAttemptAt: Date
    /// The submission, while pending or refused (nil once delivered, or if it cannot be read).
    public var submission: CaseSubmission?
    public var dossier: String?
    /// Why the last attempt failed, or the service's refusal; never personal data.
    public var lastError: String?
  }

  let database: DatabaseQueue
  private let hashKey: SymmetricKey
  /// Where provisional references come from: the system's randomness, or a seeded sequence
  /// (replay, so a transcript can type the reference it was given).
  private let references: Mutex<SeededRandomNumberGenerator?>

  /// Opens (or creates) the outbox at `path`. `referenceSeed` makes provisional references
  /// repeatable (replay only: real references must not be guessable).
  public init(path: String, referenceSeed: UInt64? = nil) throws {
    references = Mutex(referenceSeed.map(SeededRandomNumberGenerator.init(seed:)))
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
    }
    database = try DatabaseQueue(path: path, configuration: configuration)
    try Self.migrator.migrate(database)
    hashKey = try database.write { db in
      if let key = try Data.fetchOne(db, sql: "SELECT value FROM outbox_secret WHERE name = 'id'") {
        return SymmetricKey(data: key)
      }
      let key = SymmetricKey(size: .bits256)
      let bytes = key.withUnsafeBytes { Data($0) }
      try db.execute(
        sql: "INSERT INTO outbox_secret (name, value) VALUES ('id', ?)", arguments: [bytes])
      return key
    }
  }

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE outbox_entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            reference TEXT NOT NULL UNIQUE,
            idempotency_key TEXT NOT NULL UNIQUE,
            client_reference TEXT UNIQUE,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            next_attempt_at REAL NOT NULL,
            body BLOB,
            id_hash TEXT NOT NULL,
            dossier TEXT,
            delivered_at REAL,
            last_error TEXT
          );
          CREATE INDEX outbox_entry_due ON outbox_entry (state, next_attempt_at);
          CREATE TABLE outbox_secret (name TEXT PRIMARY KEY, value BLOB NOT NULL);
          """)
    }
    return migrator
  }

  /// Writes a submission; returns its entry. With a `clientReference` (the fault test's and
  /// load generators' own case ids) a second call with the same reference returns the first
  /// entry instead of adding one.
  /// `firstAttempt` is when the courier may first take it (the desk tries at once itself, and
  /// leaves the courier a margin so the two do not post it together).
  @discardableResult
  public func enqueue(
    _ submission: CaseSubmission, now: Date, clientReference: String? = nil,
    firstAttempt: Date? = nil
  ) throws -> Entry {
    let firstAttempt = firstAttempt ?? now
    let body = try CaseJSON.encoder().encode(submission)
    let idHash = self.idHash(submission.applicant.idNumber)
    return try database.write { db in
      if let clientReference,
        let existing = try Row.fetchOne(
          db, sql: "SELECT * FROM outbox_entry WHERE client_reference = ?",
          arguments: [clientReference])
      {
        return try Self.entry(existing)
      }
      var reference = nextReference()
      while try Bool.fetchOne(
        db, sql: "SELECT 1 FROM outbox_entry WHERE reference = ?", arguments: [reference]) ?? false
      {
        reference = nextReference()
      }
      let key = UUID().uuidString.lowercased()
      try db.execute(
        sql: """
          INSERT INTO outbox_entry
            (reference, idempotency_key, client_reference, created_at, next_attempt_at, body, id_hash)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          reference, key, clientReference, now.timeIntervalSince1970,
          firstAttempt.timeIntervalSince1970, body, idHash,
        ])
      return Entry(
        id: db.lastInsertedRowID, reference: reference, idempotencyKey: key, state: .pending,
        attempts: 0, createdAt: now, nextAttemptAt: firstAttempt, submission: submission)
    }
  }

  /// Pending entries due at `now`, oldest first.
  public func due(at now: Date, limit: Int = 50) throws -> [Entry] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM outbox_entry WHERE state = 'pending' AND next_attempt_at <= ?
          ORDER BY id LIMIT ?
          """, arguments: [now.timeIntervalSince1970, limit]
      ).map(Self.entry)
    }
  }

  /// When the next pending entry is due, if any is pending.
  public func nextDue() throws -> Date? {
    try database.read { db in
      try Double.fetchOne(
        db, sql: "SELECT MIN(next_attempt_at) FROM outbox_entry WHERE state = 'pending'"
      ).map { Date(timeIntervalSince1970: $0) }
    }
  }

  public func entry(reference: String) throws -> Entry? {
    try database.read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM outbox_entry WHERE reference = ?",
        arguments: [reference.uppercased()]
      ).map(Self.entry)
    }
  }

  public func entry(id: Int64) throws -> Entry? {
    try database.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM outbox_entry WHERE id = ?", arguments: [id]).map(
        Self.entry)
    }
  }

  /// Whether `idNumber` is the CCCD number of the entry's applicant.
  public func matches(_ entry: Entry, idNumber: String) throws -> Bool {
    try database.read { db in
      try String.fetchOne(
        db, sql: "SELECT id_hash FROM outbox_entry WHERE id = ?", arguments: [entry.id])
    } == idHash(idNumber)
  }

  /// Delivered: keep the dossier number, erase the body.
  public func markDelivered(_ id: Int64, dossier: String, now: Date) throws {
    try database.write { db in
      try db.execute(
        sql: """
          UPDATE outbox_entry SET state = 'delivered', dossier = ?, delivered_at = ?, body = NULL,
            attempts = attempts + 1, last_error = NULL
          WHERE id = ?
          """, arguments: [dossier, now.timeIntervalSince1970, id])
    }
  }

  /// Refused for good: `reason` is the service's problem title. The body stays, so nothing the
  /// citizen was promised is lost: an operator can look and send it again
  /// (`troly outbox flush --refused`).
  public func markRefused(_ id: Int64, reason: String, now: Date) throws {
    try database.write { db in
      try db.execute(
        sql: """
          UPDATE outbox_entry SET state = 'refused', attempts = attempts + 1, last_error = ?,
            delivered_at = ?
          WHERE id = ?
          """, arguments: [reason, now.timeIntervalSince1970, id])
    }
  }

  /// Puts refused entries back in the queue, due now; returns how many.
  @discardableResult
  public func requeueRefused(now: Date) throws -> Int {
    try database.write { db in
      try db.execute(
        sql: """
          UPDATE outbox_entry SET state = 'pending', next_attempt_at = ?, delivered_at = NULL
          WHERE state = 'refused' AND body IS NOT NULL
          """, arguments: [now.timeIntervalSince1970])
      return db.changesCount
    }
  }

  /// A failed attempt: try again at `next`.
  public func markFailed(_ id: Int64, error: String, next: Date) throws {
    try database.write { db in
      try db.execute(
        sql: """
          UPDATE outbox_entry SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
          WHERE id = ? AND state = 'pending'
          """, arguments: [error, next.timeIntervalSince1970, id])
    }
  }

  /// Makes every pending entry due now (`troly outbox flush`).
  public func makeAllDue(now: Date) throws {
    try database.write { db in
      try db.execute(
        sql: "UPDATE outbox_entry SET next_attempt_at = ? WHERE state = 'pending'",
        arguments: [now.timeIntervalSince1970])
    }
  }

  /// Counts by state.
  public func counts() throws -> [Entry.State: Int] {
    try database.read { db in
      var counts: [Entry.State: Int] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT state, COUNT(*) AS n FROM outbox_entry GROUP BY state")
      {
        if let state = Entry.State(rawValue: row["state"]) { counts[state] = row["n"] }
      }
      return counts
    }
  }

  /// Entries not delivered (pending and refused), oldest first, without their bodies.
  public func undelivered(limit: Int = 100) throws -> [Entry] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, reference, idempotency_key, state, attempts, created_at, next_attempt_at,
            NULL AS body, dossier, last_error
          FROM outbox_entry WHERE state != 'delivered' ORDER BY id LIMIT ?
          """, arguments: [limit]
      ).map(Self.entry)
    }
  }

  private func nextReference() -> String {
    references.withLock { seeded in
      if seeded != nil { return ProvisionalReference.make(using: &seeded!) }
      var system = SystemRandomNumberGenerator()
      return ProvisionalReference.make(using: &system)
    }
  }

  private func idHash(_ idNumber: String) -> String {
    let digits = idNumber.filter { $0.isASCII && $0.isNumber }
    let code = HMAC<SHA256>.authenticationCode(for: Data(digits.utf8), using: hashKey)
    return code.map { String(format: "%02x", $0) }.joined()
  }

  private static func entry(_ row: Row) throws -> Entry {
    let body: Data? = row["body"]
    return Entry(
      id: row["id"], reference: row["reference"], idempotencyKey: row["idempotency_key"],
      state: Entry.State(rawValue: row["state"]) ?? .pending, attempts: row["attempts"],
      createdAt: Date(timeIntervalSince1970: row["created_at"]),
      nextAttemptAt: Date(timeIntervalSince1970: row["next_attempt_at"]),
      // An unreadable body (written by another version) must not stop the rest of the queue.
      submission: body.flatMap { try? CaseJSON.decoder().decode(CaseSubmission.self, from: $0) },
      dossier: row["dossier"], lastError: row["last_error"])
  }
}
