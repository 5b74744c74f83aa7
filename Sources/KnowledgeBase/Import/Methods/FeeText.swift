/// Phí, lệ phí as the portal writes it: `Miễn phí`, `200,000 Việt Nam Đồng`, `120 VNĐ`,
/// `Không có thông tin`, usually followed by the schedule in brackets
/// (`Miễn phí((áp dụng mức phí 500.000 đồng/hồ sơ …))`); in the structured export
/// `Phí : 0 Đồng` or `Lệ phí : 50.000 Đồng (…)`, one line per fee.
enum FeeText {
  static let free = [Unicode.Scalar](scalarsOf: "Miễn phí")
  static let notStated = [Unicode.Scalar](scalarsOf: "Không có thông tin")

  /// A fee read at the start of a table cell.
  struct Reading {
    var fee: Fee?
    var end: Int
  }

  /// Reads a fee cell at `position`: the amount and the bracketed schedule right after it.
  static func read(_ text: ScalarText, at position: Int, limit: Int? = nil) -> Reading? {
    let limit = limit ?? text.count
    if text.matches(notStated, at: position) {
      return Reading(fee: nil, end: position + notStated.count)
    }
    if text.matches(free, at: position) {
      let mainEnd = position + free.count
      let (schedule, end) = bracketed(text, after: mainEnd, limit: limit)
      return Reading(fee: fee(main: text.string(position..<mainEnd), schedule: schedule), end: end)
    }
    guard let amount = MoneyAmount.read(text, at: position), amount.currency != .none else {
      return nil
    }
    return reading(text, amount, limit: limit)
  }

  /// The fee whose amount was read (possibly out of digits glued to a time).
  static func reading(_ text: ScalarText, _ amount: MoneyAmount, limit: Int) -> Reading {
    let (schedule, end) = bracketed(text, after: amount.range.upperBound, limit: limit)
    let main = text.string(amount.range)
    return Reading(fee: fee(main: main, amount: amount, schedule: schedule), end: end)
  }

  /// True when a fee cell starts at `position`.
  static func starts(_ text: ScalarText, at position: Int) -> Bool {
    if text.matches(free, at: position) || text.matches(notStated, at: position) { return true }
    guard position == 0 || !text[position - 1].isDigit,
      let amount = MoneyAmount.read(text, at: position)
    else { return false }
    return amount.currency != .none
  }

  /// A fee from its main text and schedule. The amount is the stated one; for "Miễn phí" it is
  /// 0 only when nothing else is stated, and the schedule's amount when it states a single one.
  /// Amounts the portal stored in thousands ("100 VNĐ" with "100.000 đồng" in the schedule) are
  /// taken from the schedule.
  static func fee(main: String, amount: MoneyAmount? = nil, schedule: String?) -> Fee {
    let text = schedule.map { "\(main) (\($0))" } ?? main
    let stated = schedule.map { MoneyAmount.amountsInDong(ScalarText($0)) } ?? []
    guard let amount else {
      if stated.count == 1 { return Fee(text: text, amountVND: stated[0]) }
      guard stated.isEmpty else { return Fee(text: text, amountVND: nil) }
      guard let schedule else { return Fee(text: text, amountVND: 0) }
      let folded = schedule.lowercased().drop { "-+*•:( ".contains($0) }
      let saysNone = folded.hasPrefix("miễn") || folded.hasPrefix("không")
      return Fee(text: text, amountVND: saysNone ? 0 : nil)
    }
    guard amount.currency == .dong, let value = amount.value else {
      return Fee(text: text, amountVND: nil)
    }
    if stated.count == 1 && stated[0] == value * 1000 {
      return Fee(text: text, amountVND: stated[0])
    }
    return Fee(text: text, amountVND: value)
  }

  /// The text of the balanced bracket group right after `position` (one level of doubled
  /// brackets removed), and where it ends; an unclosed bracket ends at `limit`.
  static func bracketed(_ text: ScalarText, after position: Int, limit: Int? = nil) -> (
    String?, Int
  ) {
    let limit = limit ?? text.count
    var start = position
    if start + 1 < limit && text[start] == " " && text[start + 1] == "(" { start += 1 }
    guard start < limit, text[start] == "(" else { return (nil, position) }
    var depth = 0
    var end = limit
    for index in start..<limit {
      if text[index] == "(" {
        depth += 1
      } else if text[index] == ")" {
        depth -= 1
        if depth == 0 {
          end = index + 1
          break
        }
      }
    }
    var inner = (start + 1)..<max(start + 1, end - 1)
    if inner.count >= 2, text[inner.lowerBound] == "(", text[inner.upperBound - 1] == ")" {
      inner = (inner.lowerBound + 1)..<(inner.upperBound - 1)
    }
    return (PortalText.line(text.string(inner)), end)
  }

  /// A fee cell of the structured export: one `Phí : …` or `Lệ phí : …` line per fee.
  static func parseStructured(_ raw: String?) -> Fee? {
    guard let raw, let whole = PortalText.line(raw) else { return nil }
    let lines = raw.split(whereSeparator: \.isNewline).compactMap { PortalText.line(String($0)) }
    var entries: [String] = []
    for line in lines {
      if line.hasPrefix("Phí") || line.hasPrefix("Lệ phí") || entries.isEmpty {
        entries.append(line)
      } else {
        entries[entries.count - 1] += " " + line
      }
    }
    // "Phí" and "Lệ phí" add up; several lines of one kind are alternatives (by case), so
    // they give an amount only when they agree.
    var amounts: [Bool: Int?] = [:]
    for entry in entries {
      let kind = entry.hasPrefix("Lệ phí")
      let value = structuredAmount(entry)
      if let known = amounts[kind] {
        amounts[kind] = known == value ? value : .some(nil)
      } else {
        amounts[kind] = .some(value)
      }
    }
    var total: Int? = 0
    for value in amounts.values {
      total = total.flatMap { sum in value.map { sum + $0 } }
    }
    let text = entries.isEmpty ? whole : entries.joined(separator: "; ")
    return Fee(text: text, amountVND: total)
  }

  /// "Phí : 2.000.000 Đồng (…)" → 2000000; "Phí : Không Đồng" → 0; nil when no amount in
  /// đồng is stated.
  private static func structuredAmount(_ entry: String) -> Int? {
    let text = ScalarText(entry)
    guard let colon = text.scalars.firstIndex(of: ":") else { return nil }
    let start = text.skipSpaces(from: colon + 1)
    if let amount = MoneyAmount.read(text, at: start) {
      guard amount.currency == .dong, let value = amount.value else { return nil }
      let (schedule, _) = bracketed(text, after: amount.range.upperBound)
      let stated = schedule.map { MoneyAmount.amountsInDong(ScalarText($0)) } ?? []
      return stated.count == 1 && stated[0] == value * 1000 ? stated[0] : value
    }
    let rest = text.string(start..<text.count).lowercased()
    if rest.hasPrefix("không đồng") || rest.hasPrefix("o đồng") { return 0 }
    return nil
  }
}
