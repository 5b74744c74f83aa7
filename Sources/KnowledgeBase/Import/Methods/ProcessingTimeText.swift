import Foundation

/// Thời hạn giải quyết as the portal writes it: `15 Ngày làm việc`, `01 Giờ`, `Trong ngày`,
/// `Không quy định`, or a bare `1` when the crawl lost the unit.
enum ProcessingTimeText {
  /// The units the portal uses, longest first so "Ngày làm việc" wins over "Ngày".
  static let units: [(spelling: [Unicode.Scalar], unit: String)] = [
    "ngày làm việc", "giờ làm việc", "ngày", "giờ", "tháng", "năm", "tuần", "phút",
  ].map { ([Unicode.Scalar](scalarsOf: $0), $0) }

  static let notStated = [Unicode.Scalar](scalarsOf: "Không có thông tin")
  static let notRegulated = [Unicode.Scalar](scalarsOf: "Không quy định")
  static let sameDay = [Unicode.Scalar](scalarsOf: "Trong ngày")
  static let none = [Unicode.Scalar](scalarsOf: "Không")

  /// A time read at the start of a table cell.
  struct Reading {
    var time: ProcessingTime?
    /// Where the time ends.
    var end: Int
    /// The digits when they were bare: they may run into a fee's digits ("1200 VNĐ").
    var bareDigits: Range<Int>?
  }

  /// Reads a time at `position`; nil when none of the portal's spellings starts there.
  static func read(_ text: ScalarText, at position: Int) -> Reading? {
    if text.matches(notStated, at: position) {
      return Reading(time: nil, end: position + notStated.count)
    }
    for phrase in [notRegulated, sameDay] where text.matches(phrase, at: position) {
      let end = position + phrase.count
      return Reading(time: ProcessingTime(text: text.string(position..<end)), end: end)
    }
    if text.matches(none, at: position) {
      return Reading(time: nil, end: position + none.count)
    }
    guard let first = text.at(position), first.isDigit else { return nil }
    var end = text.digitsEnd(from: position)
    if let separator = text.at(end), separator == "." || separator == ",",
      let next = text.at(end + 1), next.isDigit, !startsUnit(text, at: end + 1)
    {
      let fractionEnd = text.digitsEnd(from: end + 1)
      if fractionEnd - end - 1 <= 2 { end = fractionEnd }  // "1,5 Ngày", not "200,000 VNĐ"
    }
    let number = end
    var unitStart = number
    if text.at(unitStart) == " " { unitStart += 1 }
    for (spelling, unit) in units where text.matchesIgnoringCase(spelling, at: unitStart) {
      let unitEnd = unitStart + spelling.count
      return Reading(time: time(text, position..<number, unit: unit, end: unitEnd), end: unitEnd)
    }
    return Reading(
      time: time(text, position..<number, unit: nil, end: number), end: number,
      bareDigits: position..<number)
  }

  /// A time from a whole cell (the structured export's `thoi_han_giai_quyet`).
  static func parse(_ raw: String?) -> ProcessingTime? {
    guard let cleaned = PortalText.line(raw) else { return nil }
    let text = ScalarText(cleaned)
    if let reading = read(text, at: 0), reading.end == text.count {
      return reading.time
    }
    if let reading = read(text, at: 0), let time = reading.time, time.value != nil {
      return ProcessingTime(value: time.value, unit: time.unit, text: cleaned)
    }
    return ProcessingTime(text: cleaned)
  }

  static func time(_ text: ScalarText, _ digits: Range<Int>, unit: String?, end: Int)
    -> ProcessingTime
  {
    let number = text.string(digits).replacingOccurrences(of: ",", with: ".")
    return ProcessingTime(
      value: Double(number), unit: unit, text: text.string(digits.lowerBound..<end))
  }

  private static func startsUnit(_ text: ScalarText, at position: Int) -> Bool {
    units.contains { text.matchesIgnoringCase($0.spelling, at: position) }
  }
}
