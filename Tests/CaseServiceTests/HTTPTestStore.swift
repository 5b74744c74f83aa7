import CaseModel
import CaseService
import Foundation

/// TEMPORARY: an in-memory store with the contract's semantics, until SQLiteCaseStore lands from
/// the `store` branch; the HTTP tests then run against the real SQLite store on a temp file.
final class HTTPTestStore: CaseStore, @unchecked Sendable {
  private let lock = NSLock()
  private enum Claim {
    case inFlight(String)
    case answered(String, StoredResponse)
  }

  private var claims: [IdempotencyKey: Claim] = [:]
  private var cases: [DossierNumber: StoredCase] = [:]
  private var sequences: [String: Int] = [:]
  private var failCreates = false

  func setFailCreates(_ value: Bool) { lock.withLock { failCreates = value } }

  func migrate() async throws {}

  func claim(key: IdempotencyKey, fingerprint: String, now: Date) async throws -> IdempotencyClaim {
    lock.withLock { claimLocked(key: key, fingerprint: fingerprint) }
  }

  private func claimLocked(key: IdempotencyKey, fingerprint: String) -> IdempotencyClaim {
    switch claims[key] {
    case nil:
      claims[key] = .inFlight(fingerprint)
      return .claimed
    case .inFlight(let print):
      return print == fingerprint ? .inFlight : .mismatch
    case .answered(let print, let response):
      return print == fingerprint ? .replay(response) : .mismatch
    }
  }

  func create(
    _ submission: CaseSubmission, unit: String, key: IdempotencyKey, now: Date,
    response: (CaseReceipt) throws -> StoredResponse
  ) async throws -> StoredResponse {
    if lock.withLock({ failCreates }) { throw CocoaError(.fileWriteUnknown) }
    try await Task.sleep(for: .milliseconds(20))
    return try lock.withLock {
      try createLocked(submission, unit: unit, key: key, now: now, response: response)
    }
  }

  private func createLocked(
    _ submission: CaseSubmission, unit: String, key: IdempotencyKey, now: Date,
    response: (CaseReceipt) throws -> StoredResponse
  ) throws -> StoredResponse {
    let day = DossierNumber.day(of: now)
    let sequence = (sequences[unit + day] ?? 0) + 1
    sequences[unit + day] = sequence
    let dossier = DossierNumber(unit: unit, day: day, sequence: sequence)
    let receipt = CaseReceipt(
      dossier: dossier, status: .registered, procedureCode: submission.procedureCode,
      submittedAt: now)
    let stored = try response(receipt)
    guard case .inFlight(let print) = claims[key] else { throw CocoaError(.fileLocking) }
    claims[key] = .answered(print, stored)
    cases[dossier] = StoredCase(
      view: CaseStatusView(
        dossier: dossier, procedureCode: submission.procedureCode, status: .registered,
        submittedAt: now, history: [.init(status: .registered, at: now)]),
      idNumber: submission.applicant.idNumber, kioskID: submission.kioskID)
    return stored
  }

  func release(key: IdempotencyKey) async throws {
    lock.withLock {
      if case .inFlight = claims[key] { claims[key] = nil }
    }
  }

  func find(_ dossier: DossierNumber) async throws -> StoredCase? {
    lock.withLock { cases[dossier] }
  }

  func changeStatus(_ dossier: DossierNumber, _ change: StatusChange, now: Date) async throws
    -> StatusChangeOutcome
  {
    lock.withLock { changeLocked(dossier, change, now: now) }
  }

  private func changeLocked(_ dossier: DossierNumber, _ change: StatusChange, now: Date)
    -> StatusChangeOutcome
  {
    guard var found = cases[dossier] else { return .notFound }
    guard found.view.status.canMove(to: change.status) else {
      return .notAllowed(from: found.view.status)
    }
    found.view.status = change.status
    found.view.statusLabel = change.status.label
    found.view.history.append(.init(status: change.status, at: now, note: change.note))
    cases[dossier] = found
    return .changed(found.view)
  }

  func count() async throws -> Int { lock.withLock { cases.count } }

  func close() async {}
}
