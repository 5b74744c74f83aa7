/// One lowercase letter decomposed into an ASCII base, a quality mark and a tone.
///
/// Consonants carry no tone; đ is `d` with ``Diacritic/stroke``.
struct Letter: Equatable, Sendable {
  /// The lowercase ASCII base letter.
  var base: UInt8
  /// The quality mark or stroke.
  var diacritic: Diacritic
  /// The tone; always ``Tone/level`` for consonants.
  var tone: Tone

  /// A letter with no mark.
  init(ascii base: UInt8) {
    self.base = base
    self.diacritic = .none
    self.tone = .level
  }

  /// A letter with the given marks.
  init(base: UInt8, diacritic: Diacritic, tone: Tone) {
    self.base = base
    self.diacritic = diacritic
    self.tone = tone
  }

  /// Whether the base is one of the vowels a e i o u y.
  var isVowel: Bool {
    switch base {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"), UInt8(ascii: "y"):
      true
    default:
      false
    }
  }

  /// Whether the letter carries any tone or quality mark, or is đ.
  var hasMark: Bool {
    tone != .level || diacritic != .none
  }

  /// The row of ``LetterTable`` for this vowel (0 a, 1 ă, 2 â, 3 e, 4 ê, 5 i, 6 o, 7 ô, 8 ơ,
  /// 9 u, 10 ư, 11 y), or nil for consonants and impossible combinations.
  var vowelRow: Int? {
    LetterTable.vowelRow(base: base, diacritic: diacritic)
  }

  /// The composed lowercase scalar value (NFC) of this letter.
  var scalarValue: UInt32 {
    if let row = vowelRow {
      return LetterTable.composedValue(row: row, tone: tone)
    }
    if diacritic == .stroke { return 0x111 }
    return UInt32(base)
  }

  /// Adds a combining quality mark or tone; false when the letter cannot take it.
  mutating func combine(tone newTone: Tone) -> Bool {
    guard isVowel, tone == .level else { return false }
    tone = newTone
    return true
  }

  /// Adds a combining quality mark; false when the letter cannot take it.
  mutating func combine(diacritic mark: Diacritic) -> Bool {
    guard diacritic == .none,
      LetterTable.vowelRow(base: base, diacritic: mark) != nil
    else { return false }
    diacritic = mark
    return true
  }
}
