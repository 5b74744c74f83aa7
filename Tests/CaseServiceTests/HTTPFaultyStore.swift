import CaseModel
import CaseService
import Foundation

/// The real store with switches that make `create` fail, to test what the service does when
/// the store fails after a claim (release the key, 503), and `count` fail (health). Everything
/// else goes straight through.
final class HTTPFaultyStore: CaseStore, @unchecked Sendable {
  let store: any CaseStore
  private let lock = NSLock()
  private var failCreates = false
  private var failCounts = false

  init(_ store: any CaseStore) {
    self.store = store
  }

  func setFailCreates(_ value: Bool) { lock.withLock { failCreates = value } }
  func setFailCounts(_ value: Bool) { lock.withLock { failCounts = value } }

  func migrate() async throws { try await store.migrate() }

  func claim(key: IdempotencyKey, fingerprint: String, now: Date) async throws -> IdempotencyClaim {
    try await store.claim(key: key, fingerprint: fingerprint, now: now)
  }

  func create(
    _ submission: CaseSubmission, unit: String, key: IdempotencyKey, now: Date,
    response: @Sendable (CaseReceipt) throws -> StoredResponse
  ) async throws -> StoredResponse {
    if lock.withLock({ failCreates }) { throw CocoaError(.fileWriteUnknown) }
    return try await store.create(submission, unit: unit, key: key, now: now, response: response)
  }

  func release(key: IdempotencyKey) async throws { try await store.release(key: key) }

  func find(_ dossier: DossierNumber) async throws -> StoredCase? { try await store.find(dossier) }

  func changeStatus(_ dossier: DossierNumber, _ change: StatusChange, now: Date) async throws
    -> StatusChangeOutcome
  {
    try await store.changeStatus(dossier, change, now: now)
  }

  func count() async throws -> Int {
    if lock.withLock({ failCounts }) { throw CocoaError(.fileReadUnknown) }
    return try await store.count()
  }

  func close() async { await store.close() }
}
