import CaseModel
import Foundation

extension CaseSubmission {
  /// Synthetic case `number` for load and fault tests (`outbox simulate`, `bench cases`): CCCD
  /// 0790 followed by the number on 8 digits, so each case is told apart in the store.
  static func synthetic(number: Int, procedure: String, kioskID: String) -> CaseSubmission {
    CaseSubmission(
      procedureCode: procedure,
      applicant: Applicant(
        fullName: "Khách Thử Nghiệm", idNumber: "0790" + String(format: "%08d", number),
        phone: "0900000000"),
      checklist: ChecklistSummary(had: ["Giấy tờ thử nghiệm"], missing: []),
      consent: Consent(given: true, givenAt: Date()), kioskID: kioskID)
  }
}
