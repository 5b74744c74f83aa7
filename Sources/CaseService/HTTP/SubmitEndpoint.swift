import CaseModel
import Crypto
import Foundation
import HTTPTypes
import Hummingbird

extension CaseResponder {
  /// `POST /v1/cases`: token (401), `Idempotency-Key` (400), body (415/413/400, 403, 422), then
  /// the key's claim: a replay answers the first response again, another body under the same
  /// key is 422, the same request still in flight is 409; a new claim creates the case (201).
  func submit(_ request: Request) async throws -> Response {
    let principal = try Authentication.principal(of: request, in: tokens)
    let key = IdempotencyKey(
      principal: principal.name, key: try IdempotencyKeyHeader.value(of: request))
    let body = try await RequestBodyReader.read(request, limit: maximumBodyBytes)
    let decoded = try RequestBodyReader.decode(CaseSubmission.self, from: body)
    let submission = try SubmissionCheck.validate(
      decoded, principal: principal, procedureExists: procedureExists)
    let fingerprint = SHA256.hash(data: try CaseJSON.encoder().encode(submission))
      .map { String(format: "%02x", $0) }.joined()
    let now = clock()
    let claim = try await withStore("claim") {
      try await store.claim(key: key, fingerprint: fingerprint, now: now)
    }
    switch claim {
    case .replay(let stored):
      return replay(stored)
    case .mismatch:
      throw ProblemAnswer(
        .idempotencyMismatch,
        detail: "this Idempotency-Key was used for a different request; use a new key")
    case .inFlight:
      throw ProblemAnswer(
        .inFlight,
        detail: "a request with this Idempotency-Key is being handled; retry later",
        headers: [.retryAfter: "1"])
    case .claimed:
      break
    }
    let stored: StoredResponse
    do {
      stored = try await store.create(submission, unit: unit, key: key, now: now) { receipt in
        StoredResponse(status: 201, body: try CaseJSON.encoder().encode(receipt))
      }
    } catch {
      logStoreFailure("create", error)
      do {
        try await store.release(key: key)
      } catch {
        logStoreFailure("release", error)
      }
      throw Self.unavailable
    }
    metrics.caseCreated()
    return Answer.json(
      status: stored.status, body: stored.body, headers: locationHeader(stored.body))
  }

  private func replay(_ stored: StoredResponse) -> Response {
    var headers = locationHeader(stored.body)
    headers[IdempotencyKeyHeader.replayed] = "true"
    return Answer.json(status: stored.status, body: stored.body, headers: headers)
  }

  private func locationHeader(_ body: Data) -> HTTPFields {
    guard let receipt = try? CaseJSON.decoder().decode(CaseReceipt.self, from: body) else {
      return [:]
    }
    return [.location: "/v1/cases/\(receipt.dossier)"]
  }
}

extension IdempotencyKeyHeader {
  /// Set on an answer that repeats the first response to the same key.
  static let replayed = HTTPField.Name("Idempotent-Replayed")!
}
