import Foundation

/// A dossier number (mã hồ sơ): `{unit}-{yyMMdd}-{sequence}`, e.g. `HCM-260105-0042`. The unit is
/// the receiving unit's code, the date is in Asia/Ho_Chi_Minh, the sequence counts per unit per
/// day from 1 and has at least 4 digits. The database hands out the sequence.
public struct DossierNumber: Sendable, Hashable, Codable, CustomStringConvertible {
  public var unit: String
  /// yyMMdd.
  public var day: String
  public var sequence: Int

  public init(unit: String, day: String, sequence: Int) {
    self.unit = unit
    self.day = day
    self.sequence = sequence
  }

  /// Parses "HCM-260105-0042" (any case for the unit); nil for anything else.
  public init?(_ text: String) {
    let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, Self.isUnit(parts[0]), parts[1].count == 6,
      parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), (4...9).contains(parts[2].count),
      parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let sequence = Int(parts[2]),
      sequence > 0
    else { return nil }
    self.init(unit: String(parts[0]), day: String(parts[1]), sequence: sequence)
  }

  public var description: String {
    let digits = String(sequence)
    return "\(unit)-\(day)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let number = DossierNumber(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a dossier number (UNIT-yyMMdd-NNNN)")
    }
    self = number
  }

  /// A unit code: 2 to 10 capital letters or digits.
  public static func isUnit<S: StringProtocol>(_ text: S) -> Bool {
    (2...10).contains(text.count)
      && text.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
  }

  /// yyMMdd of `date` in Ho Chi Minh City.
  public static func day(of date: Date) -> String {
    let parts = HoChiMinhCity.calendar.dateComponents([.year, .month, .day], from: date)
    return String(
      format: "%02d%02d%02d", (parts.year ?? 0) % 100, parts.month ?? 0, parts.day ?? 0)
  }
}

/// Dates in the case service are Asia/Ho_Chi_Minh.
public enum HoChiMinhCity {
  public static let timeZone =
    TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(
      secondsFromGMT: 7 * 3600)!

  public static var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }
}
