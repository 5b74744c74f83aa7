import CaseModel
import CaseService
import Foundation

/// Submissions, keys and instants for the store tests.
enum StoreFixtures {
  /// 2026-01-05 09:00:00.123 in Ho Chi Minh City (02:00:00.123 UTC): milliseconds on purpose.
  static let monday = Date(timeIntervalSince1970: 1_767_578_400.123)

  static func submission(kiosk: String = "K01", procedure: String = "1.001193") -> CaseSubmission {
    CaseSubmission(
      procedureCode: procedure,
      applicant: Applicant(
        fullName: "Nguyễn Thị Bích", idNumber: "079190001234", phone: "0903123456",
        email: "bich@example.vn"),
      checklist: ChecklistSummary(had: ["Tờ khai"], missing: ["Ảnh 4x6"]),
      consent: Consent(given: true, givenAt: monday.addingTimeInterval(-60.5)),
      kioskID: kiosk)
  }

  static func key(_ key: String, principal: String = "K01") -> IdempotencyKey {
    IdempotencyKey(principal: principal, key: key)
  }

  /// The service's response: 201 with the receipt as JSON.
  static func created(_ receipt: CaseReceipt) throws -> StoredResponse {
    StoredResponse(status: 201, body: try CaseJSON.encoder().encode(receipt))
  }

  static func receipt(_ response: StoredResponse) throws -> CaseReceipt {
    try CaseJSON.decoder().decode(CaseReceipt.self, from: response.body)
  }

  /// Claims a fresh key and creates a case under it; the dossier number handed out.
  static func submit(
    _ store: any CaseStore, unit: String = "HCM", now: Date = monday,
    key: String = UUID().uuidString
  ) async throws -> DossierNumber {
    let idempotencyKey = self.key(key)
    let claim = try await store.claim(key: idempotencyKey, fingerprint: "f-\(key)", now: now)
    guard claim == .claimed else { throw FixtureError.notClaimed }
    let response = try await store.create(
      submission(), unit: unit, key: idempotencyKey, now: now, response: created)
    return try receipt(response).dossier
  }

  enum FixtureError: Error {
    case notClaimed
  }
}
