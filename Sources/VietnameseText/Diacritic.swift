/// A mark that changes the letter itself rather than the tone: the quality marks of ă â ê ô ơ ư
/// and the stroke of đ.
enum Diacritic: UInt8, Sendable {
  /// No mark.
  case none = 0
  /// Dấu trăng: ă.
  case breve
  /// Dấu mũ: â ê ô.
  case circumflex
  /// Dấu móc: ơ ư.
  case horn
  /// The bar of đ.
  case stroke

  /// The quality mark written by a combining mark, or nil when the scalar is not one.
  init?(combining value: UInt32) {
    switch value {
    case 0x306: self = .breve
    case 0x302: self = .circumflex
    case 0x31B: self = .horn
    default: return nil
    }
  }

  /// Whether this is one of the vowel quality marks (breve, circumflex, horn).
  var isVowelQuality: Bool {
    self == .breve || self == .circumflex || self == .horn
  }
}
