/// How the text pass treats a non-ASCII scalar that is not a Vietnamese letter.
enum ScalarClass: Sendable {
  /// A Unicode space or a C1 control: becomes a plain space.
  case space
  /// Invisible and meaningless inside words (soft hyphen, word joiner, BOM): dropped.
  case ignorable
  /// A combining mark: stays attached to the letter before it.
  case mark
  /// Punctuation, symbols, emoji and CJK, which have no case.
  case caseless
  /// Anything else, which may have a lowercase form.
  case other

  /// The class of a scalar value of U+0080 or above.
  static func of(_ value: UInt32) -> ScalarClass {
    switch value {
    case 0x80...0x9F, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return .space
    case 0xAD, 0x2060, 0xFEFF:
      return .ignorable
    case 0x300...0x36F:
      return .mark
    case 0xA1...0xBF, 0xD7, 0xF7, 0x2010...0x205E, 0x2070...0x20CF, 0x2190...0x2328,
      0x232B...0x23FF, 0x2500...0x27FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x1F000...0x1FAFF:
      return .caseless
    default:
      guard let scalar = Unicode.Scalar(value) else { return .other }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
      default: return .other
      }
    }
  }

  /// Whether a scalar of class ``mark`` or ``other`` may change under NFC.
  ///
  /// True for combining marks, Hangul jamo, and the blocks holding singleton decompositions and
  /// composition exclusions.
  /// Conservative: a true answer only costs a full NFC pass.
  static func mayChangeUnderNFC(_ value: UInt32, class scalarClass: ScalarClass) -> Bool {
    if scalarClass == .mark { return true }
    switch value {
    case 0x374, 0x37E, 0x387, 0x958...0x95F, 0x9DC...0x9DF, 0xA33, 0xA36, 0xA59...0xA5E,
      0xB5C...0xB5D, 0xF43...0xFB9, 0x1100...0x11FF, 0x1F00...0x1FFF, 0x2126...0x212B,
      0x2329...0x232A, 0x2ADC, 0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0,
      0x2F800...0x2FA1F:
      return true
    default:
      return false
    }
  }
}
