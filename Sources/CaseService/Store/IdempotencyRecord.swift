import Foundation

/// An idempotency row that was already there when a request claimed its key.
struct IdempotencyRecord: Sendable {
  var fingerprint: String
  /// `state = 'done'`.
  var isDone: Bool
  var responseStatus: Int?
  var responseBody: Data?
  /// Microseconds since 1970.
  var createdAt: Int64

  /// What to do about a claim that met this row.
  enum Decision: Equatable {
    case answer(IdempotencyClaim)
    /// The pending claim is abandoned: take it over with a conditional update on `createdAt`.
    case takeOver
  }

  func decision(fingerprint: String, now: Date, staleAfter: TimeInterval) throws -> Decision {
    guard fingerprint == self.fingerprint else { return .answer(.mismatch) }
    if isDone {
      guard let status = responseStatus, let body = responseBody else {
        throw CaseStoreError.unreadableRow(table: "idempotency", column: "response_body")
      }
      return .answer(.replay(StoredResponse(status: status, body: body)))
    }
    let age = Double(StoredTime.microseconds(now) - createdAt) / 1_000_000
    return age >= staleAfter ? .takeOver : .answer(.inFlight)
  }
}
