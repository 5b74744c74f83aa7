import CaseModel
import Foundation
import KnowledgeBase

/// What the assistant says while handing a case off and looking one up.
extension Texts {
  var offerSubmission: Reply {
    .text(
      t(
        "Thủ tục này nộp trực tuyến được. Bạn có muốn nộp hồ sơ ngay tại kiosk này không? (có / không)",
        "This procedure can be submitted online. Submit your application from this kiosk now? (yes / no)"
      ))
  }

  func submitInPerson(_ procedure: Procedure) -> Reply {
    let place =
      procedure.submitAt ?? procedure.agencies.implementing ?? procedure.agencies.competent
    return .text(
      place.map {
        t(
          "Thủ tục này chưa nộp trực tuyến được: bạn nộp trực tiếp tại \(Self.shorten($0, 200)).",
          "This procedure cannot be submitted online: submit it in person at \(Self.shorten($0, 200))."
        )
      }
        ?? t(
          "Thủ tục này chưa nộp trực tuyến được: bạn nộp trực tiếp tại Bộ phận một cửa nơi cư trú.",
          "This procedure cannot be submitted online: submit it in person at the one-stop desk where you live."
        ))
  }

  var offerDeclined: Reply {
    .text(
      t(
        "Được ạ. Bạn có thể gõ “lưu danh sách” để giữ danh sách giấy tờ, hoặc hỏi thêm về thủ tục.",
        "All right. Type “save the list” to keep the checklist, or ask me more about the procedure."
      ))
  }

  var checklistBeforeSubmitting: String {
    t(
      "Trước khi nộp, mình cùng kiểm tra giấy tờ nhé.",
      "Before submitting, let's check your documents.")
  }

  var detailsIntro: String {
    t(
      "Để nộp hồ sơ, tôi cần vài thông tin của người nộp. Gõ “hủy” bất cứ lúc nào để dừng.",
      "To submit, I need a few details of the applicant. Type “cancel” at any time to stop.")
  }

  func ask(_ step: DialogueState.HandoffStep) -> Reply {
    switch step {
    case .offer: return offerSubmission
    case .fullName:
      return .text(t("Họ và tên của bạn (như trên CCCD)?", "Your full name (as on your ID card)?"))
    case .idNumber:
      return .text(
        t("Số căn cước công dân (CCCD, 12 chữ số)?", "Your citizen ID (CCCD) number, 12 digits?"))
    case .phone:
      return .text(
        t("Số điện thoại di động để nhận thông báo?", "A mobile phone number for notifications?"))
    case .email:
      return .text(
        t(
          "Email (không bắt buộc — gõ “bỏ qua” nếu không có)?",
          "Email (optional — type “skip” if you have none)?"))
    case .consent:
      return Reply([
        .text(
          t(
            "Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân: họ tên, số CCCD, số điện thoại và email của bạn sẽ được gửi đến cơ quan tiếp nhận, chỉ để giải quyết hồ sơ này.",
            "Under Decree 13/2023/ND-CP on personal data protection: your name, ID number, phone and email will be sent to the receiving office, only to handle this application."
          )),
        .text(
          t(
            "Bạn có đồng ý cho xử lý các dữ liệu cá nhân này không? (đồng ý / không đồng ý)",
            "Do you consent to this processing of your personal data? (I agree / I do not agree)")),
      ])
    case .confirm:
      return .text(
        t(
          "Gửi hồ sơ? (có / sửa / hủy)", "Send the application? (yes / edit / cancel)"))
    case .submitting:
      return stillSubmitting
    }
  }

  func problem(_ problem: ApplicantRules.Problem) -> String {
    en ? Self.englishProblem(problem) : problem.vietnamese
  }

  private static func englishProblem(_ problem: ApplicantRules.Problem) -> String {
    switch problem {
    case .nameEmpty: return "The name cannot be empty."
    case .nameOneWord: return "Please give your full name, family and given names."
    case .nameTooLong: return "The name is longer than 100 characters."
    case .nameHasDigits: return "A name has no digits or symbols."
    case .idNumberLength: return "A CCCD number has exactly 12 digits."
    case .idNumberProvince:
      return "A CCCD number starts with the province code of the birth registration (001–096)."
    case .phoneFormat:
      return "A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09 (or +84)."
    case .emailFormat: return "That email address is not in the form name@domain.vn."
    }
  }

  var consentRefused: Reply {
    Reply([
      .text(
        t(
          "Không có sự đồng ý của bạn, TroLy không nộp hồ sơ và đã xoá các thông tin bạn vừa nhập.",
          "Without your consent TroLy submits nothing, and has erased the details you entered.")),
      .text(
        t(
          "Bạn vẫn có thể nộp trực tiếp tại Bộ phận một cửa, hoặc gõ “lưu danh sách” để giữ danh sách giấy tờ.",
          "You can still submit in person at the one-stop desk, or type “save the list” to keep the checklist."
        )),
    ])
  }

  /// The confirmation screen: the ID and phone numbers partly hidden (others may see the screen).
  func confirmation(_ applicant: Applicant, _ checklist: Checklist) -> Reply {
    let had = checklist.items.filter { $0.answer == .have }.count
    let missing = checklist.items.count - had
    var blocks: [Reply.Block] = [
      .heading(t("Xác nhận hồ sơ", "Please confirm")),
      .bullet(t("Thủ tục: ", "Procedure: ") + Self.shorten(checklist.procedureName, 160)),
      .bullet(t("Họ và tên: ", "Full name: ") + applicant.fullName),
      .bullet("CCCD: " + Self.hideMiddle(applicant.idNumber)),
      .bullet(t("Điện thoại: ", "Phone: ") + Self.hideMiddle(applicant.phone)),
      .bullet("Email: " + (applicant.email ?? t("(không có)", "(none)"))),
      .bullet(
        t(
          "Giấy tờ: đã có \(had), còn thiếu \(missing)",
          "Documents: \(had) ready, \(missing) missing")
      ),
    ]
    if missing > 0 {
      blocks.append(
        .text(
          t(
            "Hồ sơ còn thiếu giấy tờ có thể bị yêu cầu bổ sung.",
            "An application with missing documents may be sent back for more.")))
    }
    blocks += ask(.confirm).blocks
    return Reply(blocks)
  }

  /// "079******234": the first and last three digits.
  static func hideMiddle(_ digits: String) -> String {
    guard digits.count > 6 else { return String(repeating: "*", count: digits.count) }
    return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 6)
      + String(digits.suffix(3))
  }

  var submitting: Reply {
    .text(t("Đang gửi hồ sơ…", "Sending your application…"))
  }

  var stillSubmitting: Reply {
    .text(
      t("Hồ sơ đang được gửi, bạn chờ một chút nhé.", "Your application is being sent, one moment.")
    )
  }

  var handoffCancelled: Reply {
    .text(
      t(
        "Đã hủy, chưa có hồ sơ nào được gửi và thông tin bạn nhập đã được xoá.",
        "Cancelled: nothing was sent, and the details you entered are erased."))
  }

  func receipt(_ receipt: CaseReceipt) -> Reply {
    Reply([
      .heading(t("Đã nộp hồ sơ", "Application submitted")),
      .bullet(t("Mã hồ sơ: ", "Dossier number: ") + receipt.dossier.description),
      .bullet(t("Tình trạng: ", "Status: ") + statusName(receipt.status)),
      .bullet(t("Thời điểm nộp: ", "Submitted: ") + Self.dateTime(receipt.submittedAt)),
      .text(
        t(
          "Để tra cứu, gõ “tra cứu hồ sơ” tại kiosk rồi nhập mã hồ sơ và số CCCD. Thông tin cá nhân bạn nhập đã được xoá khỏi kiosk.",
          "To check on it, type “track my application” at a kiosk and give the dossier number and your ID number. Your details are erased from this kiosk."
        )),
    ])
  }

  func provisionalReceipt(_ reference: String) -> Reply {
    Reply([
      .heading(t("Đã nhận hồ sơ (biên nhận tạm)", "Application received (provisional receipt)")),
      .bullet(t("Mã tạm: ", "Provisional reference: ") + reference),
      .text(
        t(
          "Hệ thống tiếp nhận đang tạm gián đoạn. Hồ sơ đã được lưu an toàn tại kiosk và sẽ tự động gửi khi hệ thống hoạt động lại.",
          "The receiving system is unavailable right now. Your application is stored safely at this kiosk and will be sent automatically when it is back."
        )),
      .text(
        t(
          "Để biết mã hồ sơ chính thức, gõ “tra cứu hồ sơ” tại kiosk này rồi nhập mã tạm và số CCCD.",
          "To get the official dossier number, type “track my application” at this kiosk and give the provisional reference and your ID number."
        )),
    ])
  }

  func submissionRefused(_ reason: String) -> Reply {
    let reason = reason.hasSuffix(".") ? String(reason.dropLast()) : reason
    return .text(
      t(
        "Hệ thống tiếp nhận không nhận hồ sơ: \(reason). Bạn vui lòng liên hệ Bộ phận một cửa để được hỗ trợ.",
        "The receiving system refused the application: \(reason). Please ask at the one-stop desk.")
    )
  }

  var askReference: Reply {
    .text(
      t(
        "Bạn nhập mã hồ sơ (ví dụ HCM-260105-0001) hoặc mã tạm (TAM-…).",
        "Type the dossier number (e.g. HCM-260105-0001) or the provisional reference (TAM-…)."))
  }

  var referenceFormat: String {
    t(
      "Mã hồ sơ có dạng ĐƠNVỊ-yyMMdd-số, ví dụ HCM-260105-0001; mã tạm có dạng TAM- và 6 ký tự.",
      "A dossier number looks like UNIT-yyMMdd-number, e.g. HCM-260105-0001; a provisional reference is TAM- and 6 characters."
    )
  }

  var askLookupIDNumber: Reply {
    .text(
      t(
        "Số CCCD của người nộp hồ sơ (12 chữ số)?",
        "The applicant's CCCD number (12 digits)?"))
  }

  var lookingUp: Reply {
    .text(t("Đang tra cứu…", "Looking it up…"))
  }

  var lookupCancelled: Reply {
    .text(
      t("Đã dừng tra cứu. Bạn cần giúp gì khác?", "Lookup stopped. What else can I do for you?"))
  }

  func lookupResult(_ outcome: LookupOutcome, procedureName: String? = nil) -> Reply {
    switch outcome {
    case .found(let view):
      var blocks: [Reply.Block] = [
        .heading(t("Hồ sơ ", "Dossier ") + view.dossier.description),
        .bullet(
          t("Thủ tục: ", "Procedure: ")
            + (procedureName.map { Self.shorten($0, 160) + " (\(view.procedureCode))" }
              ?? view.procedureCode)),
        .bullet(t("Tình trạng: ", "Status: ") + statusName(view.status)),
        .text(t("Lịch sử:", "History:")),
      ]
      blocks += view.history.map { event in
        .bullet(
          Self.dateTime(event.at) + " — " + statusName(event.status)
            + (event.note.map { ": " + Self.shorten($0, 200) } ?? ""))
      }
      return Reply(blocks)
    case .waiting(let reference):
      return .text(
        t(
          "Hồ sơ \(reference) vẫn đang chờ gửi từ kiosk này; mã hồ sơ chính thức sẽ có khi hệ thống tiếp nhận hoạt động lại.",
          "Application \(reference) is still waiting at this kiosk; it gets its dossier number once the receiving system is back."
        ))
    case .notFound:
      return .text(
        t(
          "Không tìm thấy hồ sơ với mã và số CCCD này. Bạn kiểm tra lại mã hồ sơ và số CCCD nhé.",
          "No application matches that number and ID number. Please check both."))
    case .unavailable:
      return .text(
        t(
          "Chưa kết nối được hệ thống tiếp nhận, bạn thử lại sau ít phút nhé.",
          "The receiving system cannot be reached; please try again in a few minutes."))
    }
  }

  /// A status as the one-stop systems name it, in English with the Vietnamese name beside it.
  func statusName(_ status: CaseStatus) -> String {
    en ? "\(status.englishLabel) (\(status.label))" : status.label
  }

  /// "05/01/2026 09:00", in Ho Chi Minh City.
  static func dateTime(_ date: Date) -> String {
    let parts = HoChiMinhCity.calendar.dateComponents(
      [.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%02d/%02d/%04d %02d:%02d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0,
      parts.hour ?? 0, parts.minute ?? 0)
  }
}
