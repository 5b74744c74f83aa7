/// Where the nucleus and the coda of a syllable start in its letters.
///
/// The onset is
/// `0..<nucleusStart`, the nucleus `nucleusStart..<codaStart`, the coda `codaStart..<count`.
struct SyllableParts: Equatable, Sendable {
  /// Index of the first vowel of the nucleus.
  var nucleusStart: Int
  /// Index of the first letter after the nucleus.
  var codaStart: Int
  /// Number of letters in the syllable.
  var count: Int

  /// Whether the syllable ends in a consonant.
  var hasCoda: Bool { codaStart < count }

  /// Whether the coda is a stop (c, ch, p, t), which allows only the sắc and nặng tones.
  func hasStopCoda(_ letters: [Letter]) -> Bool {
    guard hasCoda else { return false }
    switch letters[codaStart].base {
    case UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "t"): return true
    default: return false
    }
  }
}
