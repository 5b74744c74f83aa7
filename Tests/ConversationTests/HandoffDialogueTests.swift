import CaseModel
import Foundation
import Testing

@testable import Conversation

extension Talk {
  /// Feeds the shell's outcome of a submission or lookup back in.
  mutating func hear(_ input: Engine.Input) -> String {
    let turn = engine.step(state, input, now: now)
    state = turn.state
    effects = turn.effects
    return turn.reply.plainText
  }

  /// The passport procedure chosen and its checklist answered.
  mutating func walkThePassportChecklist() {
    _ = say("làm hộ chiếu")
    _ = say("1")
    _ = say("kiểm tra giấy tờ")
    _ = say("có")
    _ = say("có")
    _ = say("chưa")
  }
}

@Suite struct HandoffDialogueTests {
  @Test func detailsAreAskedOneByOneAndBadOnesReaskedWithTheReason() throws {
    var talk = try Talk()
    talk.walkThePassportChecklist()
    #expect(talk.state.phaseName == "handoff.offer")

    #expect(talk.say("có").contains("Họ và tên của bạn"))
    #expect(talk.say("Nguyễn Văn 3").contains("Họ và tên không có chữ số"))
    #expect(talk.state.phaseName == "handoff.fullName")
    #expect(talk.say("Trần Thị Bích").contains("Số căn cước công dân"))

    let wrongID = talk.say("12345")
    #expect(wrongID.contains("Số CCCD gồm đúng 12 chữ số."))
    #expect(!wrongID.contains("12345"))
    #expect(talk.say("000 123 456 789").contains("mã tỉnh"))
    #expect(talk.say("079 090 001 234").contains("Số điện thoại"))

    #expect(talk.say("0203123456").contains("bắt đầu bằng 03, 05, 07, 08 hoặc 09"))
    #expect(talk.say("+84 903 123 456").contains("Email"))
    #expect(talk.say("không phải email").contains("Địa chỉ email chưa đúng dạng"))
    #expect(talk.say("bỏ qua").contains("Nghị định 13/2023/NĐ-CP"))

    let confirmation = talk.say("đồng ý")
    #expect(confirmation.contains("Họ và tên: Trần Thị Bích"))
    #expect(confirmation.contains("CCCD: 079******234"))
    #expect(confirmation.contains("Điện thoại: 090****456"))
    #expect(confirmation.contains("Giấy tờ: đã có 2, còn thiếu 1"))

    #expect(talk.say("có") == "Đang gửi hồ sơ…")
    guard case .submitCase(let application) = talk.effects.first else {
      Issue.record("expected submitCase, got \(talk.effects)")
      return
    }
    #expect(application.procedureCode == "T.1")
    #expect(
      application.applicant
        == Applicant(fullName: "Trần Thị Bích", idNumber: "079090001234", phone: "0903123456"))
    #expect(application.checklist.had.count == 2)
    #expect(application.checklist.missing == ["Thẻ căn cước"])
    #expect(application.consentedAt == talk.now)
    #expect(talk.state.phaseName == "handoff.submitting")

    let dossier = try #require(DossierNumber("HCM-260105-0001"))
    let receipt = talk.hear(
      .caseSubmitted(
        .submitted(
          CaseReceipt(
            dossier: dossier, status: .registered, procedureCode: "T.1", submittedAt: talk.now))))
    #expect(receipt.contains("Mã hồ sơ: HCM-260105-0001"))
    #expect(receipt.contains("Tình trạng: Mới đăng ký"))
    #expect(talk.state.applicant == ApplicantDraft())
    #expect(talk.state.phaseName == "chosen")
  }

  @Test func noConsentNoSubmission() throws {
    var talk = try Talk()
    talk.walkThePassportChecklist()
    _ = talk.say("có")
    _ = talk.say("Trần Thị Bích")
    _ = talk.say("079090001234")
    _ = talk.say("0903123456")
    _ = talk.say("không")
    #expect(talk.say("ừ để xem").contains("đồng ý / không đồng ý"))
    let refused = talk.say("không đồng ý")
    #expect(refused.contains("TroLy không nộp hồ sơ"))
    #expect(talk.effects.isEmpty)
    #expect(talk.state.applicant == ApplicantDraft())
  }

  @Test func cancelForgetsTheDetails() throws {
    var talk = try Talk()
    talk.walkThePassportChecklist()
    _ = talk.say("có")
    _ = talk.say("Trần Thị Bích")
    #expect(talk.say("hủy").contains("Đã hủy"))
    #expect(talk.state.applicant == ApplicantDraft())
    #expect(talk.state.phaseName == "summary")
  }

  @Test func aServiceThatIsDownGivesAProvisionalReceipt() throws {
    var talk = try Talk()
    talk.walkThePassportChecklist()
    for line in ["có", "Trần Thị Bích", "079090001234", "0903123456", "bỏ qua", "đồng ý", "có"] {
      _ = talk.say(line)
    }
    let receipt = talk.hear(.caseSubmitted(.queued(reference: "TAM-7K3M9Q")))
    #expect(receipt.contains("Mã tạm: TAM-7K3M9Q"))
    #expect(receipt.contains("tự động gửi"))
  }

  @Test func submittingNeedsAnOnlineProcedureAndTheChecklistFirst() throws {
    var talk = try Talk()
    _ = talk.say("làm hộ chiếu")
    _ = talk.say("1")
    let first = talk.say("nộp hồ sơ")
    #expect(first.contains("Trước khi nộp, mình cùng kiểm tra giấy tờ nhé."))
    #expect(talk.state.phaseName == "checklist")
  }

  @Test func lookupAsksForTheNumberThenTheIDNumber() throws {
    var talk = try Talk()
    #expect(talk.say("tra cứu hồ sơ").contains("mã hồ sơ"))
    #expect(talk.say("số 5").contains("Mã hồ sơ có dạng"))
    #expect(talk.say("hcm-260105-0001").contains("Số CCCD"))
    #expect(talk.say("079090001234") == "Đang tra cứu…")
    #expect(talk.effects == [.lookUpCase(reference: "HCM-260105-0001", idNumber: "079090001234")])

    let dossier = try #require(DossierNumber("HCM-260105-0001"))
    let view = CaseStatusView(
      dossier: dossier, procedureCode: "T.1", status: .processing, submittedAt: talk.now,
      history: [
        .init(status: .registered, at: talk.now),
        .init(status: .processing, at: talk.now.addingTimeInterval(3600), note: "Đã phân công"),
      ])
    let status = talk.hear(.caseLookedUp(.found(view)))
    #expect(status.contains("Tình trạng: Đang xử lý"))
    #expect(status.contains("— Đang xử lý: Đã phân công"))
    #expect(talk.hear(.caseLookedUp(.notFound)).contains("Không tìm thấy hồ sơ"))
  }

  @Test func aDossierNumberTypedAloneStartsALookup() throws {
    var talk = try Talk()
    #expect(talk.say("HCM-260105-0001").contains("Số CCCD"))
    #expect(talk.state.phaseName == "lookup")
  }
}

@Suite struct HandoffNavigationTests {
  @Test func backGoesToThePreviousQuestionNeverIntoTheName() throws {
    var talk = try Talk()
    talk.walkThePassportChecklist()
    _ = talk.say("có")
    #expect(talk.say("quay lại").contains("nộp hồ sơ ngay tại kiosk"))
    #expect(talk.state.phaseName == "handoff.offer")
    _ = talk.say("có")
    _ = talk.say("Trần Thị Bích")
    #expect(talk.say("quay lại").contains("Họ và tên"))
    #expect(talk.state.phaseName == "handoff.fullName")
  }

  @Test func goodbyeDuringTheHandoffForgetsTheDetails() throws {
    var talk = try Talk()
    talk.walkThePassportChecklist()
    _ = talk.say("có")
    _ = talk.say("Trần Thị Bích")
    _ = talk.say("tạm biệt")
    #expect(talk.effects.contains(.wipeSession))
    #expect(talk.state.applicant == ApplicantDraft())
  }
}

@Suite struct HandoffWordsTests {
  @Test func dungMeansYesAndBoSkipsTheEmail() throws {
    var talk = try Talk()
    talk.walkThePassportChecklist()
    _ = talk.say("đúng")
    #expect(talk.state.phaseName == "handoff.fullName")
    #expect(talk.say("có").contains("Xin nhập đầy đủ họ và tên"))
    _ = talk.say("Trần Thị Bích")
    _ = talk.say("079090001234")
    _ = talk.say("0903123456")
    _ = talk.say("bỏ")
    #expect(talk.state.phaseName == "handoff.consent")
    _ = talk.say("Đúng")
    #expect(talk.state.phaseName == "handoff.confirm")
    _ = talk.say("đúng")
    #expect(talk.state.phaseName == "handoff.submitting")
  }

  @Test func goodbyeAndRestartWorkDuringALookup() throws {
    var talk = try Talk()
    _ = talk.say("tra cứu hồ sơ")
    _ = talk.say("làm lại từ đầu")
    #expect(talk.state.phaseName == "idle")
    _ = talk.say("tra cứu hồ sơ")
    _ = talk.say("HCM-260105-0001")
    _ = talk.say("tạm biệt")
    #expect(talk.effects.contains(.wipeSession))
  }
}
