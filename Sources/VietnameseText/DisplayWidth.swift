/// The width of text in a terminal, in columns, for wrapping replies.
public enum DisplayWidth {
  /// The number of terminal columns `s` takes: 0 for combining marks, format characters and
  /// controls; 2 for East Asian wide and fullwidth characters and emoji (a whole emoji sequence,
  /// flags and ZWJ families included, counts once); 1 for everything else.
  public static func columns(_ s: String) -> Int {
    var total = 0
    var isASCII = true
    for byte in s.utf8 {
      if byte >= 0x80 {
        isASCII = false
        break
      }
      if byte >= 0x20, byte != 0x7F { total += 1 }
    }
    if isASCII { return total }
    total = 0
    for character in s {
      total += columns(of: character)
    }
    return total
  }

  /// The columns of one grapheme cluster.
  static func columns(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count > 1, first.properties.isEmoji,
      scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D })
    {
      return 2
    }
    return scalars.map(columns(of:)).max() ?? 0
  }

  /// The columns of one scalar on its own.
  static func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      return 0
    default:
      return (0x1160...0x11FF).contains(value) ? 0 : 1
    }
  }

  /// East Asian Wide and Fullwidth ranges (UAX #11) outside the emoji.
  static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
      0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F251, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      true
    default:
      false
    }
  }
}
