/// Text as an array of Unicode scalars, for the importer's hand-written scanners: integer
/// positions, cheap look-behind, and slices turned back into strings only when kept.
struct ScalarText {
  let scalars: [Unicode.Scalar]
  /// The text's UTF-8, and where each scalar starts in it (one extra entry: the end), so slices
  /// become strings without re-encoding.
  private let utf8: [UInt8]
  private let offsets: [Int32]

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    let utf8 = Array(text.utf8)
    var scalarCount = 0
    for byte in utf8 where byte & 0xC0 != 0x80 { scalarCount += 1 }
    var offsets = [Int32](repeating: 0, count: scalarCount + 1)
    var scalars = [Unicode.Scalar](repeating: " ", count: scalarCount)
    var index = 0
    var position = 0
    // The text is valid UTF-8 (it is a String): decode lead and continuation bytes directly.
    while index < utf8.count {
      let lead = UInt32(utf8[index])
      var value = lead
      var length = 1
      if lead >= 0xF0 {
        length = 4
        value = lead & 0x07
      } else if lead >= 0xE0 {
        length = 3
        value = lead & 0x0F
      } else if lead >= 0xC0 {
        length = 2
        value = lead & 0x1F
      }
      for offset in 1..<length {
        value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
      }
      offsets[position] = Int32(index)
      scalars[position] = Unicode.Scalar(value) ?? "\u{FFFD}"
      position += 1
      index += length
    }
    offsets[scalarCount] = Int32(utf8.count)
    self.scalars = scalars
    self.offsets = offsets
    self.utf8 = utf8
  }

  var count: Int { scalars.count }

  subscript(position: Int) -> Unicode.Scalar { scalars[position] }

  /// The scalar at `position`, or nil outside the text.
  func at(_ position: Int) -> Unicode.Scalar? {
    position >= 0 && position < scalars.count ? scalars[position] : nil
  }

  /// The first position at or after `start` where `needle` occurs.
  func find(_ needle: [Unicode.Scalar], from start: Int = 0, before end: Int? = nil) -> Int? {
    guard let first = needle.first else { return nil }
    let limit = (end ?? scalars.count) - needle.count
    var position = max(start, 0)
    while position <= limit {
      if scalars[position] == first && matches(needle, at: position) { return position }
      position += 1
    }
    return nil
  }

  /// Every position where `needle` occurs, without overlaps.
  func occurrences(of needle: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Int] {
    let range = range ?? 0..<scalars.count
    var found: [Int] = []
    var position = range.lowerBound
    while let hit = find(needle, from: position, before: range.upperBound) {
      found.append(hit)
      position = hit + needle.count
    }
    return found
  }

  func matches(_ needle: [Unicode.Scalar], at position: Int) -> Bool {
    guard position >= 0, position + needle.count <= scalars.count else { return false }
    for offset in 0..<needle.count where scalars[position + offset] != needle[offset] {
      return false
    }
    return true
  }

  /// Like `matches`, ignoring case for ASCII and Vietnamese letters.
  func matchesIgnoringCase(_ needle: [Unicode.Scalar], at position: Int) -> Bool {
    guard position >= 0, position + needle.count <= scalars.count else { return false }
    for offset in 0..<needle.count {
      let scalar = scalars[position + offset]
      let wanted = needle[offset]
      if scalar != wanted && scalar.lowercased != wanted.lowercased { return false }
    }
    return true
  }

  func string(_ range: Range<Int>) -> String {
    String(
      decoding: utf8[Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])], as: UTF8.self
    )
  }

  /// The slice as a string without surrounding spaces.
  func trimmed(_ range: Range<Int>) -> String {
    let bounds = trimmedRange(range)
    return string(bounds)
  }

  func trimmedRange(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && scalars[lower].isSpaceOrBreak { lower += 1 }
    while upper > lower && scalars[upper - 1].isSpaceOrBreak { upper -= 1 }
    return lower..<upper
  }

  /// The end of the run of ASCII digits starting at `position`.
  func digitsEnd(from position: Int) -> Int {
    var end = position
    while end < scalars.count && scalars[end].isDigit { end += 1 }
    return end
  }

  /// The start of the run of ASCII digits ending just before `position`.
  func digitsStart(before position: Int) -> Int {
    var start = position
    while start > 0 && scalars[start - 1].isDigit { start -= 1 }
    return start
  }

  /// The first position at or after `position` that is not a space or line break.
  func skipSpaces(from position: Int) -> Int {
    var index = position
    while index < scalars.count && scalars[index].isSpaceOrBreak { index += 1 }
    return index
  }
}

extension Array where Element == Unicode.Scalar {
  /// The scalars of a literal, for `ScalarText` searches.
  init(scalarsOf text: String) {
    self = Array(text.unicodeScalars)
  }
}

extension Unicode.Scalar {
  var isDigit: Bool { value >= 0x30 && value <= 0x39 }

  var digitValue: Int? { isDigit ? Int(value - 0x30) : nil }

  var isSpaceOrBreak: Bool { value == 0x20 || value == 0x0A || value == 0x09 }

  var isLetter: Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return properties.isAlphabetic
  }

  var isUppercaseLetter: Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return properties.isUppercase
  }

  var isLowercaseLetter: Bool {
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    return properties.isLowercase
  }

  var isLetterOrDigit: Bool { isDigit || isLetter }

  /// The lowercase form when it is a single scalar (true for Vietnamese letters). The Latin
  /// blocks Vietnamese uses are handled without a table lookup.
  var lowercased: Unicode.Scalar {
    var lower = value
    switch value {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: lower = value + 0x20
    case 0x00...0x7F: return self
    case 0x0100...0x012F, 0x0132...0x0137, 0x014A...0x0177, 0x1EA0...0x1EFF: lower = value | 1
    case 0x01A0: lower = 0x01A1  // Ơ
    case 0x01AF: lower = 0x01B0  // Ư
    default:
      let mapped = properties.lowercaseMapping.unicodeScalars
      return mapped.count == 1 ? mapped[mapped.startIndex] : self
    }
    return Unicode.Scalar(lower) ?? self
  }
}
