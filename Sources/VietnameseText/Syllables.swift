extension VietnameseText {
  /// The tokens of ``normalize(_:)`` of `s`.
  ///
  /// Tokens are maximal runs of letters (any Unicode letter, Vietnamese included, with the
  /// combining marks attached to them) and ASCII digits. Anything else (punctuation, symbols,
  /// emoji, spaces) separates tokens.
  ///
  /// `"Mẫu TK01.docx"` → `["mẫu", "tk01", "docx"]`; `"123/2015/NĐ-CP"` →
  /// `["123", "2015", "nđ", "cp"]`.
  public static func syllables(_ s: String) -> [String] {
    syllables(ofNormalized: normalize(s))
  }

  /// The tokens of ``fold(_:)`` of `s`, split as in ``syllables(_:)``:
  /// `"Đăng ký"` → `["dang", "ky"]`.
  public static func foldedSyllables(_ s: String) -> [String] {
    syllables(ofNormalized: fold(s))
  }

  /// The tokens of text that already is the output of ``normalize(_:)`` or ``fold(_:)``,
  /// split as in ``syllables(_:)`` without normalizing again (for the index build, which keeps
  /// the normalized text too).
  public static func syllables(ofNormalized s: String) -> [String] {
    UTF8Coding.withBytes(s) { bytes in
      LetterTable.entries.withUnsafeBufferPointer { table in
        var result: [String] = []
        var start = -1
        var index = 0
        func close(at end: Int) {
          if start >= 0 {
            result.append(
              String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            start = -1
          }
        }
        while index < bytes.count {
          let (value, length) = UTF8Coding.decode(bytes, at: index)
          switch TokenClass.of(value, table: table) {
          case .word:
            if start < 0 { start = index }
          case .attached:
            break
          case .separator:
            close(at: index)
          }
          index += length
        }
        close(at: bytes.count)
        return result
      }
    }
  }
}

/// Whether a scalar belongs to a token.
enum TokenClass {
  /// A letter or ASCII digit.
  case word
  /// A combining mark: part of the token it follows, a separator elsewhere.
  case attached
  /// Anything else.
  case separator

  /// The class of a scalar value.
  @inline(__always)
  static func of(_ value: UInt32, table: UnsafeBufferPointer<UInt16>) -> TokenClass {
    switch value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
      return .word
    case 0...0x7F:
      return .separator
    default:
      if LetterTable.entry(value, in: table) != 0 { return .word }
      if (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) { return .word }
      switch ScalarClass.of(value) {
      case .space, .ignorable, .caseless: return .separator
      case .mark: return .attached
      case .other: break
      }
      guard let scalar = Unicode.Scalar(value) else { return .separator }
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        return .word
      default:
        return .separator
      }
    }
  }
}
