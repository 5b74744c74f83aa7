/// Căn cứ pháp lý of the national crawl: `Tên văn bản pháp lýMã văn bản` then rows
/// `<title><number>` glued together, e.g.
/// `Luật Hợp tác xã17/2023/QH15Nghị định 05/2012/NĐ-CP05/2012/NĐ-CP…`. A number ends its row
/// when the next row is glued right after it; numbers inside titles are followed by a space or
/// punctuation, or by the same number (a title that is the number itself).
enum LegalBasisTable {
  static let header = [Unicode.Scalar](scalarsOf: "Tên văn bản pháp lýMã văn bản")

  static func split(_ raw: String?) -> SplitOutcome<[LegalDocument]> {
    guard let cleaned = PortalText.line(raw) else { return SplitOutcome([], processed: 0) }
    let text = ScalarText(cleaned)
    guard let headerStart = text.find(header) else {
      return SplitOutcome(
        [LegalDocument(title: cleaned)], processed: 1,
        issues: [SplitIssue(text: cleaned, reason: "không có bảng văn bản")])
    }
    var documents: [LegalDocument] = []
    var issues: [SplitIssue] = []
    var rowStart = headerStart + header.count
    var position = rowStart
    var previousEnd = rowStart
    while position < text.count {
      let canStart = position == previousEnd || !text[position - 1].isDigit
      guard text[position].isDigit, canStart, let number = LegalNumber.read(text, at: position)
      else {
        position += 1
        continue
      }
      previousEnd = number.range.upperBound
      position = number.range.upperBound
      guard endsRow(text, number) else { continue }
      documents.append(
        document(text, title: rowStart..<number.range.lowerBound, number: number.range))
      rowStart = number.range.upperBound
    }
    let rest = text.trimmedRange(rowStart..<text.count)
    if !rest.isEmpty && !text.scalars[rest].allSatisfy({ $0 == "-" || $0 == "." || $0 == " " }) {
      let (document, isClean) = lastRow(text, rest)
      documents.append(document)
      if !isClean {
        issues.append(SplitIssue(text: text.string(rest), reason: "không tìm thấy số hiệu"))
      }
    }
    return SplitOutcome(documents, processed: documents.count, issues: issues)
  }

  private static func endsRow(_ text: ScalarText, _ number: LegalNumber) -> Bool {
    let end = number.range.upperBound
    guard let next = text.at(end) else { return true }
    if next.isSpaceOrBreak || ",.;:)".unicodeScalars.contains(next) { return false }
    // The same number again: this one is the end of the title.
    if let again = LegalNumber.read(text, at: end),
      text.scalars[again.range] == text.scalars[number.range]
    {
      return false
    }
    return true
  }

  /// A row from its title and number ranges. A year glued in front of the number belongs to the
  /// title ("giai đoạn 2026 - 2030182/2025/NQ-HĐND"); a prefix glued to the title's end is the
  /// number column's ("Luật Thú yLuật 79/2015/QH13").
  private static func document(_ text: ScalarText, title: Range<Int>, number: Range<Int>)
    -> LegalDocument
  {
    var titleEnd = number.lowerBound
    var numberStart = number.lowerBound
    let digits = text.digitsEnd(from: numberStart) - numberStart
    if digits >= 5,
      text.matches(century19, at: numberStart) || text.matches(century20, at: numberStart)
    {
      numberStart += 4
      titleEnd = numberStart
    }
    var titleText = text.trimmed(title.lowerBound..<titleEnd)
    titleText = strippingGluedPrefix(titleText)
    let numberText = text.string(numberStart..<number.upperBound)
    return LegalDocument(
      number: numberText, title: PortalText.line(titleText) ?? numberText)
  }

  private static let century19 = [Unicode.Scalar](scalarsOf: "19")
  private static let century20 = [Unicode.Scalar](scalarsOf: "20")

  private static let gluedPrefixes = [
    "Luật số", "Luật", "Luất số", "Luất", "Nghị định số", "Nghị định", "NĐ", "Thông tư số",
    "Thông tư", "Quyết định số", "Quyết định", "Nghị quyết số", "Nghị quyết",
  ]

  /// "Luật Thú yLuật" → "Luật Thú y": a prefix word of the number column glued to the title.
  static func strippingGluedPrefix(_ title: String) -> String {
    for prefix in gluedPrefixes where title.hasSuffix(prefix) {
      let head = title.dropLast(prefix.count)
      guard let last = head.unicodeScalars.last,
        last.isLowercaseLetter || last.isDigit || last == ")"
      else { continue }
      return String(head)
    }
    return title
  }

  /// The text after the last recognised row: a title whose number has no issuer
  /// ("…24/2024") or a trailing dot, or a row with no number at all.
  private static func lastRow(_ text: ScalarText, _ rest: Range<Int>) -> (LegalDocument, Bool) {
    var end = rest.upperBound
    while end > rest.lowerBound && (text[end - 1] == "." || text[end - 1] == " ") { end -= 1 }
    if let number = bareNumber(text, rest.lowerBound..<end) {
      return (document(text, title: rest.lowerBound..<number.lowerBound, number: number), true)
    }
    return (LegalDocument(title: text.string(rest)), false)
  }

  /// A number at the very end of `range`: a full one, or "24/2024" with no issuer.
  private static func bareNumber(_ text: ScalarText, _ range: Range<Int>) -> Range<Int>? {
    var start = range.lowerBound
    var found: Range<Int>?
    while start < range.upperBound {
      if text[start].isDigit && (start == range.lowerBound || !text[start - 1].isDigit) {
        if let number = LegalNumber.read(text, at: start),
          number.range.upperBound == range.upperBound
        {
          found = number.range
        } else {
          let digitsEnd = text.digitsEnd(from: start)
          if text.at(digitsEnd) == "/" && text.digitsEnd(from: digitsEnd + 1) == range.upperBound
            && range.upperBound - digitsEnd - 1 == 4
          {
            found = start..<range.upperBound
          }
        }
      }
      start += 1
    }
    return found
  }
}
