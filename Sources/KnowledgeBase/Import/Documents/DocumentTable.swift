/// Thành phần hồ sơ of the national crawl: one or more tables flattened into one string,
///
///     <heading>Tên giấy tờMẫu đơn, tờ khaiSố lượng<name><form files><count><name>…
///
/// where each heading (`* Giấy tờ phải nộp:`, `Trường hợp …`, `--`) sits between the last count
/// of one table and the header of the next.
enum DocumentTable {
  static let header = [Unicode.Scalar](scalarsOf: "Tên giấy tờMẫu đơn, tờ khaiSố lượng")

  static func split(_ raw: String?) -> SplitOutcome<[RequiredDocument]> {
    split(cleaned: PortalText.line(raw))
  }

  /// Like `split(_:)` for text already cleaned with `PortalText.line`.
  static func split(cleaned: String?) -> SplitOutcome<[RequiredDocument]> {
    guard let cleaned else { return SplitOutcome([], processed: 0) }
    let text = ScalarText(cleaned)
    let headers = text.occurrences(of: header)
    guard let firstHeader = headers.first else {
      return SplitOutcome(
        [], processed: 1, issues: [SplitIssue(text: cleaned, reason: "không có bảng giấy tờ")])
    }

    var documents: [RequiredDocument] = []
    var issues: [SplitIssue] = []
    var processed = 0
    var heading = DocumentGroupHeading(text.string(0..<firstHeader))
    for (number, headerStart) in headers.enumerated() {
      let bodyStart = headerStart + header.count
      let bodyEnd = number + 1 < headers.count ? headers[number + 1] : text.count
      let cells = DocumentCount.cells(in: text, bodyStart..<bodyEnd)
      var rowStart = bodyStart
      for cell in cells {
        processed += 1
        let row = rowStart..<cell.range.lowerBound
        rowStart = cell.range.upperBound
        let rowText = { text.trimmed(row.lowerBound..<cell.range.upperBound) }
        if let (document, isCertain) = document(text, row, cell, heading) {
          documents.append(document)
          if !isCertain {
            issues.append(SplitIssue(text: rowText(), reason: "không rõ ranh giới tên và mẫu đơn"))
          }
        } else {
          issues.append(SplitIssue(text: rowText(), reason: "không có tên giấy tờ"))
        }
      }
      let rest = rowStart..<bodyEnd
      if number + 1 < headers.count {
        heading = DocumentGroupHeading(text.string(rest))
      } else if let note = DocumentGroupHeading.stripDecoration(text.string(rest)) {
        // Text after the last count: a row that lost its count. Kept as a note.
        processed += 1
        issues.append(SplitIssue(text: note, reason: "không có số lượng"))
        documents.append(
          RequiredDocument(
            name: note, originals: 0, copies: 0, section: heading.section,
            caseHeading: heading.caseHeading, isNote: true))
      }
    }
    return SplitOutcome(documents, processed: processed, issues: issues)
  }

  /// The row's document, and whether the boundary between its name and form file is certain;
  /// nil when the row has no name.
  private static func document(
    _ text: ScalarText, _ row: Range<Int>, _ cell: DocumentCount, _ heading: DocumentGroupHeading
  ) -> (RequiredDocument, Bool)? {
    var nameRange = row
    var form: String?
    var isCertain = true
    if let split = FormFiles.split(text, row) {
      nameRange = row.lowerBound..<split.nameEnd
      form = split.files.isEmpty ? nil : split.files.joined(separator: ", ")
      isCertain = split.isCertain
    }
    guard let name = documentName(text, nameRange) ?? form else { return nil }
    let document = RequiredDocument(
      name: name, originals: cell.originals, copies: cell.copies, form: form,
      section: heading.section, caseHeading: heading.caseHeading,
      isNote: heading.holdsNotes || (cell.originals == 0 && cell.copies == 0))
    return (document, isCertain)
  }

  /// The name in `range` without list bullets in front ("- ", "+ ", "* ") and separators
  /// behind.
  static func documentName(_ text: ScalarText, _ range: Range<Int>) -> String? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && (bullets.contains(text[lower]) || text[lower].isSpaceOrBreak) {
      lower += 1
    }
    while upper > lower
      && (text[upper - 1] == ";" || text[upper - 1] == "," || text[upper - 1].isSpaceOrBreak)
    {
      upper -= 1
    }
    guard lower < upper else { return nil }
    let name = text.string(lower..<upper)
    return PortalText.isMissing(name) ? nil : name
  }

  private static let bullets = Set("-+*•·–".unicodeScalars)

  /// Like `documentName(_:_:)` for a raw cell (the structured export).
  static func documentName(_ raw: String) -> String? {
    var scalars = Substring(raw).unicodeScalars
    while let first = scalars.first, "-+*•·–".unicodeScalars.contains(first) || first == " " {
      scalars.removeFirst()
    }
    while let last = scalars.last, last == ";" || last == "," || last == " " {
      scalars.removeLast()
    }
    return PortalText.line(String(scalars))
  }
}
