import CaseModel
import Foundation
import Testing

@Suite struct DossierNumberTests {
  @Test func formatsWithAtLeastFourDigits() {
    #expect(
      DossierNumber(unit: "HCM", day: "260105", sequence: 42).description == "HCM-260105-0042")
    #expect(
      DossierNumber(unit: "HCM", day: "260105", sequence: 123_456).description
        == "HCM-260105-123456")
  }

  @Test func parsesOnlyWellFormedNumbers() {
    #expect(
      DossierNumber("hcm-260105-0042") == DossierNumber(unit: "HCM", day: "260105", sequence: 42))
    for bad in [
      "", "HCM", "HCM-2601-0042", "HCM-260105-42", "HCM-260105-0000", "../etc/passwd",
      "H-260105-0042", "HCM-260105-0042-1", "HCM-26O105-0042", "HCM-260105-00x2",
    ] {
      #expect(DossierNumber(bad) == nil, "\(bad)")
    }
  }

  @Test func theDayIsTakenInHoChiMinhCity() {
    // 2026-01-04 17:30 UTC is already 2026-01-05 00:30 in Ho Chi Minh City.
    let date = Date(timeIntervalSince1970: 1_767_547_800)
    #expect(DossierNumber.day(of: date) == "260105")
  }

  @Test func statusMovesFollowTheOneStopSystems() {
    #expect(CaseStatus.registered.canMove(to: .accepted))
    #expect(!CaseStatus.registered.canMove(to: .resultReturned))
    #expect(CaseStatus.processed.canMove(to: .resultReturned))
    for final in [CaseStatus.resultReturned, .withdrawn, .stopped, .notAccepted] {
      #expect(final.next.isEmpty)
    }
    #expect(Set(CaseStatus.allCases.map(\.label)).count == 10)
  }

  @Test func datesAreWrittenWithTheCityOffset() throws {
    let date = Date(timeIntervalSince1970: 1_767_578_400)
    #expect(CaseJSON.format(date) == "2026-01-05T09:00:00+07:00")
    #expect(CaseJSON.parse("2026-01-05T09:00:00+07:00") == date)
    #expect(CaseJSON.parse("2026-01-05T02:00:00Z") == date)
  }

  @Test func unknownFieldsAreRefused() throws {
    let json = """
      {"procedure_code":"1.001193","applicant":{"full_name":"A","id_number":"079090001234",
      "phone":"0903123456"},"checklist":{"had":[],"missing":[]},
      "consent":{"given":true,"given_at":"2026-01-05T09:00:00+07:00"},"kiosk_id":"k1","extra":1}
      """
    #expect(throws: DecodingError.self) {
      try CaseJSON.decoder().decode(CaseSubmission.self, from: Data(json.utf8))
    }
    let good = json.replacingOccurrences(of: ",\"extra\":1", with: "")
    let submission = try CaseJSON.decoder().decode(CaseSubmission.self, from: Data(good.utf8))
    #expect(submission.applicant.email == nil)
  }
}
