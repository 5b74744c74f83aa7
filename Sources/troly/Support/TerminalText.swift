/// Text on its way to the terminal: nothing from the data or from what a citizen typed may
/// reach it as a control sequence.
enum TerminalText {
  /// `text` with every control character (C0, DEL, C1: ESC and CSI included) and every
  /// bidirectional override or isolate removed; tabs and line breaks become spaces.
  static func sanitized(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var changed = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
        scalars.append(" ")
        changed = true
      case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        changed = true
      default:
        scalars.append(scalar)
      }
    }
    return changed ? String(scalars) : text
  }
}
