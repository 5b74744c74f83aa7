/// The six Vietnamese tones, in the order of the columns of ``LetterTable``.
enum Tone: UInt8, Sendable {
  /// Thanh ngang: no mark.
  case level = 0
  /// Thanh huyền: grave accent.
  case grave = 1
  /// Thanh sắc: acute accent.
  case acute = 2
  /// Thanh hỏi: hook above.
  case hook = 3
  /// Thanh ngã: tilde.
  case tilde = 4
  /// Thanh nặng: dot below.
  case dot = 5

  /// The tone written by a combining mark, or nil when the scalar is not a tone mark.
  init?(combining value: UInt32) {
    switch value {
    case 0x300, 0x340: self = .grave
    case 0x301, 0x341: self = .acute
    case 0x309: self = .hook
    case 0x303: self = .tilde
    case 0x323: self = .dot
    default: return nil
    }
  }

  /// Whether a syllable closed by a stop (c, ch, p, t) may carry this tone.
  var allowedBeforeStop: Bool {
    self == .level || self == .acute || self == .dot
  }
}
