import KnowledgeBase

/// Everything the assistant says, in Vietnamese (full diacritics) and English.
struct Texts {
  let language: Language

  init(_ language: Language) { self.language = language }

  var en: Bool { language == .en }
  /// The Vietnamese or the English text, by the session's language.
  func t(_ vi: String, _ english: String) -> String { en ? english : vi }

  var greeting: Reply {
    Reply([
      .text(
        t(
          "Xin chào! Tôi là TroLy, trợ lý dịch vụ công của TP. Hồ Chí Minh.",
          "Hello! I am TroLy, Ho Chi Minh City's public-services assistant.")),
      .text(
        t(
          "Bạn cần làm thủ tục gì? Ví dụ: “làm lại căn cước”, “đăng ký khai sinh cho con”.",
          "What do you need to do? For example: “extend my visa”, “register a birth”.")),
    ])
  }

  var greetBack: Reply {
    .text(t("Xin chào! Bạn cần làm thủ tục gì?", "Hello! What do you need to do?"))
  }

  var thanks: Reply {
    .text(
      t(
        "Không có gì ạ. Bạn cần hỏi thêm gì cứ nhắn nhé.",
        "You're welcome. Ask me anything else you need."))
  }

  var goodbye: Reply {
    .text(
      t(
        "Cảm ơn bạn. Chúc bạn làm thủ tục thuận lợi! Thông tin phiên này đã được xoá.",
        "Thank you, and good luck with your application! This session has been erased."))
  }

  var emptyLine: Reply {
    .text(
      t(
        "Bạn cần giúp gì? Hãy nhập thủ tục bạn muốn làm, hoặc gõ “trợ giúp”.",
        "How can I help? Type what you need to do, or “help”."))
  }

  var help: Reply {
    Reply([
      .text(t("Tôi có thể giúp bạn:", "I can help you:")),
      .bullet(
        t(
          "tìm thủ tục: gõ việc bạn cần, ví dụ “làm hộ chiếu”",
          "find a procedure: type your need, e.g. “apply for a passport”")),
      .bullet(
        t(
          "hỏi về thủ tục đã chọn: giấy tờ, lệ phí, thời gian, nơi nộp, các bước, làm online",
          "ask about the chosen procedure: documents, fee, time, where, steps, online")),
      .bullet(
        t(
          "“kiểm tra giấy tờ”: tôi hỏi lần lượt từng giấy tờ rồi tóm tắt",
          "“check my documents”: I go through the documents one by one and sum up")),
      .bullet(
        t(
          "“quay lại”, “bắt đầu lại”, “kết thúc”",
          "“back”, “start over”, “goodbye”")),
    ])
  }

  var restarted: Reply {
    .text(t("Ta bắt đầu lại nhé. Bạn cần làm thủ tục gì?", "Let's start over. What do you need?"))
  }

  var nothingToGoBackTo: Reply {
    .text(
      t(
        "Chưa có bước nào để quay lại. Bạn cần làm thủ tục gì?",
        "There is nothing to go back to. What do you need?"))
  }

  var backToStart: Reply {
    .text(t("Đã quay lại từ đầu. Bạn cần làm thủ tục gì?", "Back at the start. What do you need?"))
  }

  var rephrase: Reply {
    Reply([
      .text(
        t(
          "Bạn mô tả lại giúp tôi việc cần làm nhé, càng cụ thể càng tốt.",
          "Please describe what you need again, as precisely as you can.")),
      .text(
        t(
          "Ví dụ: “cấp lại giấy phép lái xe bị mất”, “đăng ký tạm trú”, “xin giấy xác nhận độc thân”.",
          "For example: “replace a lost driving licence”, “temporary residence registration”.")),
    ])
  }

  var notFound: Reply {
    Reply([
      .text(
        t(
          "Tôi chưa tìm thấy thủ tục phù hợp. Bạn thử diễn đạt khác nhé.",
          "I could not find a matching procedure. Please try other words.")),
      .text(
        t(
          "Ví dụ: “đăng ký khai sinh”, “làm lại căn cước”, “đăng ký hộ kinh doanh”.",
          "For example: “birth registration”, “replace my ID card”, “register a household business”."
        )),
    ])
  }

  var answerWithoutQuestion: Reply {
    .text(
      t(
        "Bạn muốn làm thủ tục gì? Hãy nhập việc cần làm, ví dụ “đăng ký kết hôn”.",
        "What do you need to do? Type your need, e.g. “marriage registration”."))
  }

  var complaint: Reply {
    .text(
      t(
        "Tôi rất tiếc về trải nghiệm của bạn. Để phản ánh, kiến nghị, bạn vui lòng gọi Tổng đài 1022 "
          + "của Thành phố (hoặc gửi qua ứng dụng/cổng 1022). Tôi có thể giúp bạn tìm thủ tục.",
        "I am sorry about your experience. For complaints and feedback, please call the city's "
          + "1022 hotline (or use the 1022 portal). I can help you find a procedure."))
  }

  var outOfScope: Reply {
    .text(
      t(
        "Việc này nằm ngoài phạm vi của tôi. Bạn có thể gọi Tổng đài 1022 của Thành phố để được "
          + "hướng dẫn. Tôi giúp được việc tìm và chuẩn bị thủ tục hành chính.",
        "That is outside what I can do; the city's 1022 hotline can guide you. I can help you "
          + "find and prepare administrative procedures."))
  }

  var chooseFirst: Reply {
    .text(
      t(
        "Bạn cho tôi biết thủ tục cần làm trước nhé, ví dụ “đăng ký thường trú”.",
        "Tell me the procedure first, e.g. “permanent residence registration”."))
  }

  var noDocuments: Reply {
    .text(
      t(
        "Thủ tục này không liệt kê giấy tờ cụ thể. Bạn hỏi thêm cán bộ tại nơi nộp nhé.",
        "This procedure lists no specific documents; please ask the staff where you submit."))
  }

  var answerChecklistPlease: String {
    t(
      "Bạn trả lời giúp: “có”, “chưa” hoặc “không rõ” (gõ “quay lại” để dừng kiểm tra).",
      "Please answer “yes”, “no” or “not sure” (type “back” to stop the check).")
  }

  var nothingToSave: Reply {
    .text(
      t(
        "Chưa có danh sách giấy tờ để lưu. Gõ “kiểm tra giấy tờ” để bắt đầu.",
        "There is no checklist to save yet. Type “check my documents” to start."))
  }

  var saving: Reply {
    .text(t("Đang lưu danh sách giấy tờ…", "Saving the checklist…"))
  }

  func outOfRange(_ count: Int) -> Reply {
    .text(
      t(
        "Vui lòng chọn một số từ 1 đến \(count), hoặc gõ “không phải” nếu không có thủ tục bạn cần.",
        "Please choose a number from 1 to \(count), or type “none” if none of these fits."))
  }

  /// "Cấp xã · Công an cấp xã": level and agency, for an offered procedure.
  private func detail(_ candidate: DialogueState.Candidate) -> String? {
    let parts = [candidate.levels, candidate.agency.map { Self.shorten($0, 80) } ?? ""]
      .filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  func candidates(_ candidates: [DialogueState.Candidate]) -> Reply {
    var reply = Reply([
      .text(t("Tôi tìm thấy các thủ tục sau:", "I found these procedures:"))
    ])
    for (index, candidate) in candidates.enumerated() {
      reply.blocks.append(
        .option(number: index + 1, title: candidate.name, detail: detail(candidate)))
    }
    reply.blocks.append(
      .text(
        t(
          "Chọn số thứ tự (ví dụ “1”), hoặc gõ “không phải” nếu không có thủ tục bạn cần.",
          "Choose a number (e.g. “1”), or type “none” if none of these fits.")))
    return reply
  }

  func otherCandidates(_ candidates: [DialogueState.Candidate]) -> Reply {
    var reply = self.candidates(candidates)
    reply.blocks[0] = .text(
      t("Vậy có thể là một trong các thủ tục sau:", "Then perhaps one of these:"))
    return reply
  }

  func didYouMean(_ candidate: DialogueState.Candidate) -> Reply {
    Reply([
      .text(t("Ý bạn là thủ tục này?", "Did you mean this procedure?")),
      .option(number: 1, title: candidate.name, detail: detail(candidate)),
      .text(t("Trả lời “có” hoặc “không”.", "Answer “yes” or “no”.")),
    ])
  }

  /// One line naming the procedure an answer is about.
  func about(_ procedure: Procedure) -> Reply {
    .text(t("Thủ tục: \(procedure.name)", "Procedure: \(procedure.name)"))
  }
}
