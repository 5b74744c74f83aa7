/// The structure of one Vietnamese syllable: onset consonant cluster, vowel nucleus and final
/// consonant.
enum SyllableStructure {
  /// Longest syllable, in letters ("nghiêng", "khuyếch").
  static let maximumLetters = 7

  /// Splits `letters` into onset, nucleus and coda.
  ///
  /// Returns nil when they do not form a syllable: the onset must be one of b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t
  /// th tr v x (or none), the nucleus a known vowel cluster, the coda one of c ch m n ng nh p t
  /// (or none, or a semivowel that belongs to the nucleus). After "qu", and after "gi" followed
  /// by another vowel, u and i belong to the onset. Tones are not checked here.
  ///
  /// A nucleus written without quality marks is accepted when some marked nucleus folds to it
  /// ("tieng" for "tiêng"), unless `strict`, which takes the letters exactly as written.
  static func parse(_ letters: [Letter], strict: Bool = false) -> SyllableParts? {
    let count = letters.count
    guard count > 0, count <= maximumLetters else { return nil }
    var start = 0
    while start < count, !letters[start].isVowel { start += 1 }
    guard start < count, isOnset(letters, length: start) else { return nil }
    if start == 1, count > 2, letters[2].isVowel, letters[1].diacritic == .none {
      switch (letters[0].base, letters[1].base) {
      case (UInt8(ascii: "q"), UInt8(ascii: "u")), (UInt8(ascii: "g"), UInt8(ascii: "i")):
        if letters[0].diacritic == .none { start = 2 }
      default: break
      }
    }
    if letters[0].base == UInt8(ascii: "q"), start != 2 { return nil }
    var end = start
    while end < count, letters[end].isVowel { end += 1 }
    guard isCoda(letters, from: end) else { return nil }
    let flags = NucleusTable.flags(letters, start..<end, strict: strict)
    let needed = end < count ? NucleusTable.closed : NucleusTable.open
    guard flags & needed != 0 else { return nil }
    return SyllableParts(nucleusStart: start, codaStart: end, count: count)
  }

  /// Whether `letters[0..<length]` is an onset (q alone is accepted here; it needs a u after).
  static func isOnset(_ letters: [Letter], length: Int) -> Bool {
    switch length {
    case 0:
      return true
    case 1:
      let letter = letters[0]
      if letter.diacritic == .stroke { return true }
      guard letter.diacritic == .none else { return false }
      switch letter.base {
      case UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "g"),
        UInt8(ascii: "h"), UInt8(ascii: "k"), UInt8(ascii: "l"), UInt8(ascii: "m"),
        UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "q"), UInt8(ascii: "r"),
        UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "x"):
        return true
      default:
        return false
      }
    case 2:
      guard letters[0].diacritic == .none, letters[1].diacritic == .none else { return false }
      switch (letters[0].base, letters[1].base) {
      case (UInt8(ascii: "c"), UInt8(ascii: "h")), (UInt8(ascii: "g"), UInt8(ascii: "h")),
        (UInt8(ascii: "k"), UInt8(ascii: "h")), (UInt8(ascii: "n"), UInt8(ascii: "g")),
        (UInt8(ascii: "n"), UInt8(ascii: "h")), (UInt8(ascii: "p"), UInt8(ascii: "h")),
        (UInt8(ascii: "t"), UInt8(ascii: "h")), (UInt8(ascii: "t"), UInt8(ascii: "r")):
        return true
      default:
        return false
      }
    case 3:
      return letters[0].base == UInt8(ascii: "n") && letters[1].base == UInt8(ascii: "g")
        && letters[2].base == UInt8(ascii: "h") && letters[0].diacritic == .none
    default:
      return false
    }
  }

  /// Whether `letters[start...]` is a final consonant (c ch m n ng nh p t) or empty.
  static func isCoda(_ letters: [Letter], from start: Int) -> Bool {
    let length = letters.count - start
    guard length > 0 else { return true }
    for index in start..<letters.count where letters[index].diacritic != .none {
      return false
    }
    let first = letters[start].base
    switch length {
    case 1:
      switch first {
      case UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"),
        UInt8(ascii: "t"):
        return true
      default:
        return false
      }
    case 2:
      let second = letters[start + 1].base
      return (first == UInt8(ascii: "c") || first == UInt8(ascii: "n"))
        && (second == UInt8(ascii: "h")
          || (first == UInt8(ascii: "n") && second == UInt8(ascii: "g")))
    default:
      return false
    }
  }
}
