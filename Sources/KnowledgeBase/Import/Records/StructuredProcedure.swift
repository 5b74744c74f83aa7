/// A record of the structured export (ChiTietTTHC) turned into a `Procedure`. Its tables are
/// proper lists; only the counts ("Bản chính: 1\nBản sao: 0"), the fee lines and the legal
/// numbers need reading.
enum StructuredProcedure {
  static func make(_ record: StructuredRecord, origin: String) -> LineOutcome {
    guard let code = PortalText.line(record.metadata.code) ?? PortalText.line(record.id) else {
      return .failure("thiếu mã thủ tục (mã_thủ_tục)")
    }
    guard let name = PortalText.line(record.metadata.name) else {
      return .failure("thủ tục \(code) thiếu tên (tên_thủ_tục)")
    }
    let content = record.content
    let documents = documents(record.tables.documents)
    let methods = methods(record.tables.methods)
    let legalBasis = legalBasis(record.tables.legalBasis)
    let steps = StepList.split(content.steps)
    let result = ProcessingResult.split(content.result)

    let procedure = Procedure(
      code: code, name: name, field: PortalText.line(record.metadata.field),
      levels: CommaLists.levels(record.metadata.levels),
      kind: PortalText.line(record.metadata.kind),
      decision: PortalText.line(record.metadata.decision),
      agencies: Agencies(
        competent: PortalText.line(content.competentAgency),
        implementing: PortalText.line(content.implementingAgency),
        authorized: PortalText.line(content.authorizedAgency),
        coordinating: PortalText.line(content.coordinatingAgency)),
      applicants: CommaLists.applicants(content.applicants),
      submitAt: PortalText.paragraphs(content.submitAt), methods: methods.value,
      steps: steps.value, documents: documents.value,
      conditions: PortalText.paragraphs(content.conditions), result: result.text,
      legalBasis: legalBasis.value, origin: origin)

    var imported = ImportedRecord(procedure: procedure)
    imported.tally(.documents, documents)
    imported.tally(.methods, methods)
    imported.tally(.legalBasis, legalBasis)
    imported.tally(.steps, steps)
    imported.tallies[.result] = result.tally
    return .record(imported)
  }

  static func documents(_ rows: [StructuredRecord.Document]) -> SplitOutcome<[RequiredDocument]> {
    var documents: [RequiredDocument] = []
    var issues: [SplitIssue] = []
    for row in rows {
      let forms = (row.forms ?? "").split(whereSeparator: \.isNewline).compactMap {
        PortalText.line(String($0))
      }
      let form = forms.isEmpty ? nil : forms.joined(separator: ", ")
      guard let name = DocumentTable.documentName(row.name ?? "") ?? form else {
        issues.append(SplitIssue(text: row.counts ?? "", reason: "không có tên giấy tờ"))
        continue
      }
      var document = RequiredDocument(name: name, form: form)
      if let counts = counts(row.counts) {
        document.originals = counts.originals
        document.copies = counts.copies
        document.isNote = counts.originals == 0 && counts.copies == 0
      } else {
        issues.append(
          SplitIssue(text: "\(name) — \(row.counts ?? "")", reason: "không đọc được số lượng"))
      }
      documents.append(document)
    }
    return SplitOutcome(documents, processed: rows.count, issues: issues)
  }

  /// "Bản chính: 1\nBản sao: 0" → (1, 0); nil when neither count is stated.
  static func counts(_ raw: String?) -> (originals: Int, copies: Int)? {
    guard let raw, let text = PortalText.line(raw) else { return nil }
    let scalars = ScalarText(text.lowercased())
    let originals = number(after: originalsLabel, in: scalars)
    let copies = number(after: copiesLabel, in: scalars)
    guard originals != nil || copies != nil else { return nil }
    return (originals ?? 0, copies ?? 0)
  }

  private static let originalsLabel = [Unicode.Scalar](scalarsOf: "bản chính")
  private static let copiesLabel = [Unicode.Scalar](scalarsOf: "bản sao")

  private static func number(after label: [Unicode.Scalar], in text: ScalarText) -> Int? {
    guard let position = text.find(label) else { return nil }
    var start = text.skipSpaces(from: position + label.count)
    if text.at(start) == ":" { start = text.skipSpaces(from: start + 1) }
    let end = text.digitsEnd(from: start)
    return end > start ? Int(text.string(start..<end)) : nil
  }

  static func methods(_ rows: [StructuredRecord.Method]) -> SplitOutcome<[SubmissionMethod]> {
    var methods: [SubmissionMethod] = []
    var issues: [SplitIssue] = []
    for row in rows {
      guard let channel = PortalText.line(row.channel) else {
        let cells = [row.time, row.fee, row.note].compactMap { $0 }.joined(separator: " | ")
        issues.append(SplitIssue(text: cells, reason: "không có hình thức nộp"))
        continue
      }
      methods.append(
        SubmissionMethod(
          channel: channel, processingTime: ProcessingTimeText.parse(row.time),
          fee: FeeText.parseStructured(row.fee), note: PortalText.paragraphs(row.note)))
    }
    return SplitOutcome(methods, processed: rows.count, issues: issues)
  }

  static func legalBasis(_ rows: [StructuredRecord.Legal]) -> SplitOutcome<[LegalDocument]> {
    var documents: [LegalDocument] = []
    var issues: [SplitIssue] = []
    for row in rows {
      let title = PortalText.line(row.title)
      let number = legalNumber(row.number, title: title)
      guard let shown = title ?? number ?? PortalText.line(row.number) else { continue }
      if number == nil {
        issues.append(
          SplitIssue(text: PortalText.line(row.number) ?? shown, reason: "không tìm thấy số hiệu"))
      }
      documents.append(LegalDocument(number: number, title: shown))
    }
    return SplitOutcome(documents, processed: rows.count, issues: issues)
  }

  /// The number from `so_ky_hieu` ("Thông tư số 13/2024/TT-BQP" → "13/2024/TT-BQP"); when it
  /// holds only the leading digits ("12"), the full number from the title that starts with them.
  static func legalNumber(_ raw: String?, title: String?) -> String? {
    guard let cleaned = PortalText.line(raw) else { return nil }
    let text = ScalarText(cleaned)
    if let number = firstNumber(in: text) { return text.string(number) }
    guard cleaned.allSatisfy(\.isNumber), let title else { return nil }
    let titleText = ScalarText(title)
    var position = 0
    while position < titleText.count {
      if let number = firstNumber(in: titleText, from: position) {
        let found = titleText.string(number)
        if found.hasPrefix(cleaned + "/") { return found }
        position = number.upperBound
      } else {
        break
      }
    }
    return nil
  }

  private static func firstNumber(in text: ScalarText, from start: Int = 0) -> Range<Int>? {
    var position = start
    while position < text.count {
      if text[position].isDigit && (position == 0 || !text[position - 1].isDigit),
        let number = LegalNumber.read(text, at: position)
      {
        return number.range
      }
      position += 1
    }
    return nil
  }
}
