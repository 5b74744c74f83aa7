/// Where the tone mark of a syllable goes, under the modern rule described on
/// ``VietnameseText``.
enum TonePlacement {
  /// The index in `letters` of the vowel that carries the tone of the syllable `parts`.
  ///
  /// 1. The last vowel with a quality mark (ă â ê ô ơ ư), so ươ takes it on ơ.
  /// 2. A single vowel.
  /// 3. Two vowels: the second when a consonant follows, and in oa, oe, uy; else the first.
  /// 4. Three vowels: the middle one.
  static func toneIndex(_ letters: [Letter], _ parts: SyllableParts) -> Int {
    let start = parts.nucleusStart
    let end = parts.codaStart
    var marked = -1
    for index in start..<end where letters[index].diacritic.isVowelQuality {
      marked = index
    }
    if marked >= 0 { return marked }
    switch end - start {
    case 1:
      return start
    case 2:
      if parts.hasCoda { return start + 1 }
      switch (letters[start].base, letters[start + 1].base) {
      case (UInt8(ascii: "o"), UInt8(ascii: "a")), (UInt8(ascii: "o"), UInt8(ascii: "e")),
        (UInt8(ascii: "u"), UInt8(ascii: "y")):
        return start + 1
      default:
        return start
      }
    default:
      return start + 1
    }
  }

  /// Moves the single tone of `letters` to its canonical vowel.
  ///
  /// Returns false, leaving the letters alone, when they are not a syllable or hold no tone.
  static func place(_ letters: inout [Letter]) -> Bool {
    guard let parts = SyllableStructure.parse(letters) else { return false }
    var tone = Tone.level
    for index in letters.indices where letters[index].tone != .level {
      tone = letters[index].tone
      letters[index].tone = .level
    }
    guard tone != .level else { return false }
    letters[toneIndex(letters, parts)].tone = tone
    return true
  }
}
