import Foundation

/// Cleaning of the text fields of portal exports: NFC, no invisible characters, one space between
/// words, trimmed, and the portal's spellings of "no value" turned into `nil`.
enum PortalText {
  /// A one-line field (names, agencies, table cells): line breaks become spaces.
  /// Returns `nil` for missing values.
  static func line(_ raw: String?) -> String? {
    guard let raw else { return nil }
    let text = clean(raw, keepingLineBreaks: false)
    return isMissing(text) ? nil : text
  }

  /// A free-text field (conditions, descriptions): line breaks are kept, one per paragraph.
  /// Returns `nil` for missing values.
  static func paragraphs(_ raw: String?) -> String? {
    guard let raw else { return nil }
    let text = clean(raw, keepingLineBreaks: true)
    return isMissing(text) ? nil : text
  }

  /// True for the portal's spellings of "no value": `""`, `Không có thông tin`, `--`, `Không`…
  static func isMissing(_ text: String) -> Bool {
    if text.isEmpty { return true }
    if text.unicodeScalars.allSatisfy({ $0 == "-" || $0 == " " }) { return true }
    guard text.utf8.count <= 24 else { return false }
    var folded = text.lowercased()
    while folded.hasSuffix(".") { folded.removeLast() }
    return missingSpellings.contains(folded)
  }

  private static let missingSpellings: Set<String> = [
    "", "không", "không có", "không có thông tin", "chưa có thông tin", "n/a",
  ]

  /// NFC (only when the text holds combining marks), NBSP and other spaces → space, invisible
  /// and private-use characters dropped, runs of spaces collapsed, every line trimmed. Works on
  /// UTF-8 bytes: every character it changes is recognisable by its bytes. Text that needs no
  /// change is returned as it is.
  static func clean(_ raw: String, keepingLineBreaks: Bool) -> String {
    var text = raw
    text.makeContiguousUTF8()
    let cleaned = text.utf8.withContiguousStorageIfAvailable { bytes -> (String, Bool)? in
      if isClean(bytes, keepingLineBreaks: keepingLineBreaks) { return nil }
      return clean(utf8: bytes, keepingLineBreaks: keepingLineBreaks)
    }
    guard let (output, hasMarks) = cleaned ?? nil else { return text }
    // Composing after cleaning also joins marks that an invisible character had separated.
    return hasMarks ? output.precomposedStringWithCanonicalMapping : output
  }

  /// True when cleaning would change nothing: no space at either end or next to another space
  /// or line break, no line break unless kept, nothing to drop, replace or compose.
  private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, keepingLineBreaks: Bool)
    -> Bool
  {
    guard let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20 else {
      return bytes.isEmpty
    }
    var previous: UInt8 = 0x41
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte > 0x20 && byte < 0x80 {
        previous = byte
        index += 1
        continue
      }
      if byte == 0x20 || (byte == 0x0A && keepingLineBreaks) {
        if previous == 0x20 || previous == 0x0A { return false }
        previous = byte
        index += 1
        continue
      }
      if byte < 0x80 { return false }
      if byte == 0xCC || byte == 0xCD { return false }
      let (kind, length) = classify(bytes, at: index)
      if kind != .keep { return false }
      previous = byte
      index += length
    }
    return true
  }

  /// The cleaned text, and whether it holds combining marks (U+0300–U+036F, lead bytes 0xCC
  /// and 0xCD) and so may need composing.
  private static func clean(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingLineBreaks: Bool)
    -> (String, Bool)
  {
    var hasMarks = false
    let output = String(unsafeUninitializedCapacity: bytes.count) { output in
      var count = 0
      var pendingSpace = false
      var pendingBreak = false
      var index = 0
      while index < bytes.count {
        let (kind, length) = classify(bytes, at: index)
        switch kind {
        case .keep:
          if pendingBreak {
            if count > 0 {
              output[count] = 0x0A
              count += 1
            }
          } else if pendingSpace && count > 0 && output[count - 1] != 0x0A {
            output[count] = 0x20
            count += 1
          }
          pendingBreak = false
          pendingSpace = false
          let lead = bytes[index]
          hasMarks = hasMarks || lead == 0xCC || lead == 0xCD
          for offset in 0..<length { output[count + offset] = bytes[index + offset] }
          count += length
        case .space:
          pendingSpace = true
        case .lineBreak:
          if keepingLineBreaks { pendingBreak = true } else { pendingSpace = true }
        case .drop:
          break
        }
        index += length
      }
      return count
    }
    return (output, hasMarks)
  }

  private enum ScalarKind { case keep, space, lineBreak, drop }

  /// The kind of the character starting at `index`, and its length in bytes.
  private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    ScalarKind, Int
  ) {
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return (.keep, 1) }
    if byte < 0x80 {
      switch byte {
      case 0x0A, 0x0D: return (.lineBreak, 1)
      default: return (.space, 1)  // space, tab, other controls, DEL
      }
    }
    let length: Int
    switch byte {
    case 0xC0...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF7: length = 4
    default: return (.keep, 1)  // a stray continuation byte; decoding repairs it
    }
    guard index + length <= bytes.count else { return (.keep, 1) }
    let second = bytes[index + 1]
    switch byte {
    case 0xC2:
      switch second {
      case 0x85: return (.lineBreak, 2)  // NEL
      case 0x80...0x9F, 0xA0: return (.space, 2)  // C1 controls, NBSP
      case 0xAD: return (.drop, 2)  // soft hyphen
      default: return (.keep, 2)
      }
    case 0xE1 where second == 0x9A && bytes[index + 2] == 0x80:
      return (.space, 3)  // U+1680
    case 0xE2:
      let third = bytes[index + 2]
      if second == 0x80 {
        switch third {
        case 0x80...0x8A, 0xAF: return (.space, 3)  // U+2000–200A, U+202F
        case 0x8B...0x8F, 0xAA...0xAE: return (.drop, 3)  // zero-width, bidi marks
        case 0xA8, 0xA9: return (.lineBreak, 3)  // U+2028, U+2029
        default: return (.keep, 3)
        }
      }
      if second == 0x81 {
        if third == 0x9F { return (.space, 3) }  // U+205F
        if (0xA0...0xA4).contains(third) { return (.drop, 3) }  // U+2060–2064
      }
      return (.keep, 3)
    case 0xE3 where second == 0x80 && bytes[index + 2] == 0x80:
      return (.space, 3)  // U+3000
    case 0xEE:
      return (.drop, 3)  // private use U+E000–EFFF
    case 0xEF:
      if second >= 0x80 && second <= 0xA3 { return (.drop, 3) }  // private use U+F000–F8FF
      if second == 0xBB && bytes[index + 2] == 0xBF { return (.drop, 3) }  // BOM
      return (.keep, 3)
    default:
      return (.keep, length)
    }
  }
}
