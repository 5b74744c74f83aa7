/// An amount of money as written in fee texts: `200,000 VNĐ`, `50.000 Đồng`, `20.000đ`,
/// `1.5 USD`, `65 triệu đồng`.
struct MoneyAmount: Equatable {
  enum Currency: Equatable { case dong, foreign, none }

  /// Whole đồng (or whole foreign units); nil for fractions such as "0.5".
  var value: Int?
  var currency: Currency
  /// Where the amount's text starts and ends, currency included.
  var range: Range<Int>

  private static let currencySpellings: [(String, Currency)] = [
    ("việt nam đồng", .dong), ("vnđ", .dong), ("vnd", .dong), ("đồng", .dong), ("usd", .foreign),
    ("đ", .dong),
  ]
  private static let currencies = currencySpellings.map {
    ([Unicode.Scalar](scalarsOf: $0.0), $0.1)
  }

  private static let multiplierSpellings: [(String, Int)] = [
    ("triệu", 1_000_000), ("nghìn", 1_000), ("ngàn", 1_000),
  ]
  private static let multipliers = multiplierSpellings.map {
    ([Unicode.Scalar](scalarsOf: $0.0), $0.1)
  }

  /// Reads an amount whose digits start at `position`. Thousands are grouped with "." or ","
  /// in threes; other separators make a fraction.
  static func read(_ text: ScalarText, at position: Int) -> MoneyAmount? {
    guard let first = text.at(position), first.isDigit else { return nil }
    var end = text.digitsEnd(from: position)
    var groups = [end - position]
    while let separator = text.at(end), separator == "." || separator == ",",
      let next = text.at(end + 1), next.isDigit
    {
      let groupEnd = text.digitsEnd(from: end + 1)
      groups.append(groupEnd - end - 1)
      end = groupEnd
    }
    let digits = text.string(position..<end).filter(\.isNumber)
    var value: Int?
    if groups.count == 1 || (groups[0] <= 3 && groups.dropFirst().allSatisfy { $0 == 3 }) {
      value = Int(digits)
    }
    var cursor = end
    if text.at(cursor) == " " { cursor += 1 }
    for (spelling, factor) in multipliers where text.matchesIgnoringCase(spelling, at: cursor) {
      value = value.map { $0 * factor }
      cursor += spelling.count
      if text.at(cursor) == " " { cursor += 1 }
      break
    }
    for (spelling, currency) in currencies where text.matchesIgnoringCase(spelling, at: cursor) {
      let currencyEnd = cursor + spelling.count
      // "đ" alone must not be the start of a word ("đối với").
      if spelling.count == 1, let next = text.at(currencyEnd), next.isLetter { continue }
      return MoneyAmount(value: value, currency: currency, range: position..<currencyEnd)
    }
    return MoneyAmount(value: value, currency: .none, range: position..<end)
  }

  /// The distinct amounts in đồng stated anywhere in `text`, in order.
  static func amountsInDong(_ text: ScalarText) -> [Int] {
    var amounts: [Int] = []
    var position = 0
    while position < text.count {
      let isStart = text[position].isDigit && (position == 0 || !text[position - 1].isLetterOrDigit)
      guard isStart, let amount = read(text, at: position) else {
        position += 1
        continue
      }
      if amount.currency == .dong, let value = amount.value, !amounts.contains(value) {
        amounts.append(value)
      }
      position = max(amount.range.upperBound, position + 1)
    }
    return amounts
  }
}
