import CaseModel
import Foundation

/// Where cases live: SQLite (one service, the default) or PostgreSQL (several service instances
/// for many kiosks). Both keep the same tables, made by their migrations, and pass the same test
/// suite. Every method is one or two short transactions; a method that returns has committed.
public protocol CaseStore: Sendable {
  /// Creates or upgrades the tables. Safe to call at every start, from several instances.
  func migrate() async throws

  /// Claims `key` for `principal` (the kiosk id of the token) before the case is created. The
  /// request's fingerprint (a hash of its body) tells a retry from a different request that
  /// reuses the key.
  func claim(key: IdempotencyKey, fingerprint: String, now: Date) async throws -> IdempotencyClaim

  /// Creates the case, hands out its dossier number (`{unit}-{yyMMdd}-{sequence}`, the sequence
  /// from the database, per unit per day in Asia/Ho_Chi_Minh) and stores the response under the
  /// claimed key, in one transaction.
  func create(
    _ submission: CaseSubmission, unit: String, key: IdempotencyKey, now: Date,
    response: @Sendable (CaseReceipt) throws -> StoredResponse
  ) async throws -> StoredResponse

  /// Gives up a claim whose request failed before `create` (so a retry may try again).
  func release(key: IdempotencyKey) async throws

  /// The dossier with its history, or nil. The service checks the ID number with `matches`.
  func find(_ dossier: DossierNumber) async throws -> StoredCase?

  /// Moves a dossier to `change.status` when its current status allows it.
  func changeStatus(_ dossier: DossierNumber, _ change: StatusChange, now: Date) async throws
    -> StatusChangeOutcome

  /// How many cases there are (for `/metrics` and the tests).
  func count() async throws -> Int

  /// Lets go of connections and background work. Call once, last; the store is unusable after.
  /// SQLite's closes its pool; PostgreSQL's ends its client's run task.
  func close() async
}

/// An `Idempotency-Key` as one principal sent it.
public struct IdempotencyKey: Sendable, Hashable {
  /// Who sent it: the kiosk id of the token (or "staff").
  public var principal: String
  public var key: String

  public init(principal: String, key: String) {
    self.principal = principal
    self.key = key
  }
}

/// A response kept for replays of the same key: status and body bytes, as first sent.
public struct StoredResponse: Sendable, Equatable {
  public var status: Int
  public var body: Data

  public init(status: Int, body: Data) {
    self.status = status
    self.body = body
  }
}

public enum IdempotencyClaim: Sendable, Equatable {
  /// The key is new (or an abandoned claim was taken over): go on and create the case.
  case claimed
  /// The same key with the same body was answered: send that answer again.
  case replay(StoredResponse)
  /// The same key with the same body is being handled right now: 409.
  case inFlight
  /// The same key came with another body: 422.
  case mismatch
}

/// A case as stored, with the applicant's ID number for the lookup check.
public struct StoredCase: Sendable, Equatable {
  public var view: CaseStatusView
  public var idNumber: String
  public var kioskID: String

  public init(view: CaseStatusView, idNumber: String, kioskID: String) {
    self.view = view
    self.idNumber = idNumber
    self.kioskID = kioskID
  }
}

public enum StatusChangeOutcome: Sendable, Equatable {
  case changed(CaseStatusView)
  case notFound
  /// The current status does not allow the move.
  case notAllowed(from: CaseStatus)
}
