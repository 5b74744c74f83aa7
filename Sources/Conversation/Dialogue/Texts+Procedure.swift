import KnowledgeBase

extension Texts {

  /// Where to submit: the address an editor or the portal gave, else the agencies.
  private func place(_ procedure: Procedure) -> String? {
    procedure.submitAt ?? procedure.agencies.implementing ?? procedure.agencies.competent
  }

  private func times(_ procedure: Procedure) -> [String] {
    unique(
      procedure.methods.compactMap { method in
        guard let time = method.processingTime else { return nil }
        var text = time.text
        if time.unit == nil, let value = time.value, text == String(Int(value)) {
          text = t("\(text) (đơn vị không ghi rõ)", "\(text) (unit not stated)")
        }
        return "\(method.channel): \(text)"
      })
  }

  private func fees(_ procedure: Procedure) -> [String] {
    unique(procedure.methods.compactMap { m in m.fee.map { "\(m.channel): \($0.text)" } })
  }

  private func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
  }

  private func isOnline(_ procedure: Procedure) -> Bool {
    procedure.methods.contains { $0.isOnline }
  }

  /// The procedure card shown when a procedure is chosen.
  func card(_ procedure: Procedure) -> Reply {
    var blocks: [Reply.Block] = [.heading("\(procedure.name) (\(procedure.code))")]
    if let result = procedure.result {
      blocks.append(.bullet(t("Kết quả: \(result)", "Result: \(result)")))
    } else if let field = procedure.field {
      blocks.append(.bullet(t("Lĩnh vực: \(field)", "Field: \(field)")))
    }
    if !procedure.applicants.isEmpty {
      let who = procedure.applicants.joined(separator: ", ")
      blocks.append(.bullet(t("Ai được làm: \(who)", "Who may apply: \(who)")))
    }
    if let place = place(procedure) {
      blocks.append(.bullet(t("Nộp tại: \(place)", "Submit at: \(place)")))
    } else if !procedure.levels.isEmpty {
      let levels = procedure.levels.joined(separator: ", ")
      blocks.append(.bullet(t("Cấp thực hiện: \(levels)", "Level: \(levels)")))
    }
    if let time = times(procedure).first {
      blocks.append(.bullet(t("Thời gian giải quyết: \(time)", "Processing time: \(time)")))
    }
    if let fee = fees(procedure).first.map({ Self.shorten($0, 140) }) {
      blocks.append(.bullet(t("Phí, lệ phí: \(fee)", "Fees: \(fee)")))
    }
    blocks.append(
      .bullet(
        isOnline(procedure)
          ? t("Có thể nộp trực tuyến.", "Can be done online.")
          : t("Không nộp trực tuyến được.", "Cannot be done online.")))
    if let note = procedure.localNote {
      blocks.append(.bullet(t("Lưu ý: \(note)", "Note: \(note)")))
    }
    blocks.append(
      .text(
        t(
          "Bạn có thể hỏi: cần giấy tờ gì, lệ phí, bao lâu, nộp ở đâu, các bước… hoặc gõ "
            + "“kiểm tra giấy tờ” để tôi hỏi lần lượt từng giấy tờ.",
          "You can ask: which documents, the fee, how long, where, the steps… or type “check my "
            + "documents” and I will go through them one by one.")))
    return Reply(blocks)
  }

  /// The answer to a follow-up question about `procedure`.
  func answer(_ intent: Intent, _ procedure: Procedure?) -> Reply {
    guard let procedure else { return chooseFirst }
    switch intent {
    case .askDocuments: return documents(procedure)
    case .askFee:
      let items = fees(procedure)
      guard !items.isEmpty else {
        return .text(t("Cổng dịch vụ công không ghi phí cho thủ tục này.", "No fee is listed."))
      }
      return Reply([.heading(t("Phí, lệ phí:", "Fees:"))] + items.map { .bullet($0) })
    case .askTime:
      let items = times(procedure)
      guard !items.isEmpty else {
        return .text(t("Thời gian giải quyết không được ghi rõ.", "No processing time is listed."))
      }
      return Reply(
        [.heading(t("Thời gian giải quyết:", "Processing time:"))] + items.map { .bullet($0) })
    case .askWhere:
      var blocks: [Reply.Block] = []
      if let address = procedure.submitAt {
        blocks.append(.bullet(t("Nộp tại: \(address)", "Submit at: \(address)")))
      }
      if let agency = procedure.agencies.implementing {
        blocks.append(.bullet(t("Cơ quan thực hiện: \(agency)", "Handled by: \(agency)")))
      }
      if let agency = procedure.agencies.competent {
        blocks.append(
          .bullet(t("Cơ quan có thẩm quyền: \(agency)", "Competent authority: \(agency)")))
      }
      if !procedure.levels.isEmpty {
        let levels = procedure.levels.joined(separator: ", ")
        blocks.append(.bullet(t("Cấp thực hiện: \(levels)", "Level: \(levels)")))
      }
      if blocks.isEmpty {
        blocks.append(
          .text(
            t(
              "Nơi nộp không được ghi rõ; bạn hỏi Trung tâm Phục vụ hành chính công phường nhé.",
              "The place is not listed; ask your ward's public service centre.")))
      }
      return Reply(blocks)
    case .askSteps:
      guard !procedure.steps.isEmpty else {
        return .text(t("Các bước không được ghi rõ.", "The steps are not listed."))
      }
      var blocks: [Reply.Block] = [.heading(t("Các bước thực hiện:", "Steps:"))]
      for (index, step) in procedure.steps.prefix(8).enumerated() {
        blocks.append(.option(number: index + 1, title: Self.shorten(step, 400), detail: nil))
      }
      return Reply(blocks)
    case .askConditions:
      return .text(
        procedure.conditions.map { t("Điều kiện: \($0)", "Conditions: \($0)") }
          ?? t("Thủ tục này không có yêu cầu, điều kiện riêng.", "There are no special conditions.")
      )
    case .askResult:
      return .text(
        procedure.result.map { t("Kết quả: \($0)", "Result: \($0)") }
          ?? t("Kết quả không được ghi rõ.", "The result is not listed."))
    case .askLegal:
      guard !procedure.legalBasis.isEmpty else {
        return .text(t("Căn cứ pháp lý không được ghi rõ.", "No legal basis is listed."))
      }
      return Reply(
        [.heading(t("Căn cứ pháp lý:", "Legal basis:"))]
          + procedure.legalBasis.prefix(8).map { document in
            .bullet(
              [document.number, Self.shorten(document.title, 200)].compactMap { $0 }.joined(
                separator: " — "))
          })
    case .askOnline:
      let online = procedure.methods.filter(\.isOnline).map(\.channel)
      return .text(
        online.isEmpty
          ? t(
            "Thủ tục này chưa nộp trực tuyến được; bạn nộp trực tiếp hoặc qua bưu chính.",
            "This cannot be done online; submit in person or by post.")
          : t(
            "Có, thủ tục này nộp trực tuyến được (Cổng dịch vụ công quốc gia hoặc VNeID).",
            "Yes, it can be done online (National Public Service Portal or VNeID)."))
    case .askApplicants:
      return .text(
        procedure.applicants.isEmpty
          ? t("Đối tượng thực hiện không được ghi rõ.", "Who may apply is not listed.")
          : t("Ai được làm: ", "Who may apply: ") + procedure.applicants.joined(separator: ", "))
    default:
      return card(procedure)
    }
  }

  func documents(_ procedure: Procedure) -> Reply {
    let documents = procedure.documents.filter { !$0.isNote }
    guard !documents.isEmpty else { return noDocuments }
    var blocks: [Reply.Block] = []
    for section in RequiredDocument.Section.allCases {
      let rows = documents.filter { $0.section == section }
      guard !rows.isEmpty else { continue }
      blocks.append(
        .heading(
          section == .submit
            ? t("Giấy tờ phải nộp:", "Documents to submit:")
            : t("Giấy tờ phải xuất trình:", "Documents to show:")))
      var heading: String?
      for row in rows {
        if let caseHeading = row.caseHeading, caseHeading != heading {
          heading = caseHeading
          blocks.append(.text(caseHeading))
        }
        blocks.append(.bullet(describe(row)))
      }
    }
    return Reply(blocks)
  }

  /// "Tờ khai đăng ký khai sinh (mẫu TK01.docx) — 1 bản chính".
  func describe(_ document: RequiredDocument) -> String {
    var text = Self.shorten(document.name, 300)
    if let form = document.form { text += t(" (mẫu: \(form))", " (form: \(form))") }
    var counts: [String] = []
    if document.originals > 0 {
      counts.append(t("\(document.originals) bản chính", "\(document.originals) original(s)"))
    }
    if document.copies > 0 {
      counts.append(t("\(document.copies) bản sao", "\(document.copies) copy/copies"))
    }
    if !counts.isEmpty { text += " — " + counts.joined(separator: ", ") }
    return text
  }

  func checklistIntro(_ checklist: Checklist) -> Reply {
    .text(
      t(
        "Tôi sẽ hỏi lần lượt \(checklist.items.count) giấy tờ. Trả lời “có”, “chưa” hoặc “không rõ”.",
        "I will ask about \(checklist.items.count) documents. Answer “yes”, “no” or “not sure”."))
  }

  func askDocument(_ checklist: Checklist, index: Int) -> Reply {
    let item = checklist.items[index]
    return Reply([
      .text("(\(index + 1)/\(checklist.items.count)) " + describe(item.document)),
      .text(
        t(
          "Bạn đã có giấy tờ này chưa? (có / chưa / không rõ)",
          "Do you have it? (yes / no / not sure)")),
    ])
  }

  func summary(_ checklist: Checklist) -> Reply {
    var blocks: [Reply.Block] = [
      .heading(
        t("Tóm tắt hồ sơ: \(checklist.procedureName)", "Summary: \(checklist.procedureName)"))
    ]
    let have = checklist.items.filter { $0.answer == .have }
    let missing = checklist.items.filter { $0.answer == .missing }
    let unsure = checklist.items.filter { $0.answer == .unsure }
    if !have.isEmpty {
      blocks.append(.text(t("Mang theo:", "Bring:")))
      blocks += have.map { .bullet(describe($0.document)) }
    }
    if !missing.isEmpty {
      blocks.append(.text(t("Còn thiếu — cách chuẩn bị:", "Still missing — how to get them:")))
      blocks += missing.map { item in
        let how =
          item.document.form.map {
            t(
              "điền mẫu \($0) (có tại nơi nộp hoặc trên Cổng dịch vụ công)",
              "fill in form \($0) (at the office or on the portal)")
          } ?? t("xin tại cơ quan đã cấp giấy này", "ask the body that issues it")
        return .bullet(Self.shorten(item.document.name, 200) + " — " + how)
      }
    }
    if !unsure.isEmpty {
      blocks.append(.text(t("Chưa rõ — hỏi cán bộ tiếp nhận:", "Not sure — ask the staff:")))
      blocks += unsure.map { .bullet(Self.shorten($0.document.name, 200)) }
    }
    blocks.append(
      .text(
        t(
          "Gõ “lưu danh sách” để lưu lại danh sách này.",
          "Type “save the list” to keep this checklist.")))
    return Reply(blocks)
  }

  static func shorten(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
