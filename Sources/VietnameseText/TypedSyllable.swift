/// A syllable being rebuilt from keystrokes, as a Telex or VNI input method would.
struct TypedSyllable {
  /// The letters so far, without tones.
  private(set) var letters: [Letter] = []
  /// The tone typed so far.
  var tone = Tone.level
  /// Whether any keystroke changed the letters or the tone.
  var changed = false

  /// Starts from the letters of a token; tones already written move to ``tone``.
  init?(token: String) {
    for scalar in VietnameseText.normalize(token).unicodeScalars {
      let value = scalar.value
      if let letter = LetterTable.letter(value) {
        if letter.tone != .level { tone = letter.tone }
        append(Letter(base: letter.base, diacritic: letter.diacritic, tone: .level))
      } else if (0x30...0x39).contains(value) {
        append(Letter(ascii: UInt8(truncatingIfNeeded: value)))
      } else {
        return nil
      }
      if letters.count > 3 * SyllableStructure.maximumLetters { return nil }
    }
  }

  /// An empty syllable.
  init() {}

  /// Appends a letter.
  mutating func append(_ letter: Letter) {
    letters.append(letter)
  }

  /// Whether a vowel was typed.
  var hasVowel: Bool { letters.contains { $0.isVowel } }

  /// The range of the first run of vowels, or nil.
  var nucleus: Range<Int>? {
    guard let start = letters.firstIndex(where: \.isVowel) else { return nil }
    var end = start
    while end < letters.count, letters[end].isVowel { end += 1 }
    return start..<end
  }

  /// Sets the tone; false when no vowel was typed yet.
  mutating func setTone(_ newTone: Tone) -> Bool {
    guard hasVowel else { return false }
    changed = changed || tone != newTone
    tone = newTone
    return true
  }

  /// Turns d into đ.
  ///
  /// Changes the last letter when it is a plain d, else the first letter when it is a plain d
  /// and a vowel follows it. False when there is no such d.
  mutating func stroke() -> Bool {
    let plainD = Letter(ascii: UInt8(ascii: "d"))
    if letters.last == plainD {
      letters[letters.count - 1].diacritic = .stroke
    } else if letters.first == plainD, hasVowel {
      letters[0].diacritic = .stroke
    } else {
      return false
    }
    changed = true
    return true
  }

  /// Puts a circumflex on the last plain `base` (a, e or o) of the nucleus.
  ///
  /// With `adjacentOnly` the vowel must be the last letter typed.
  mutating func circumflex(_ base: UInt8, adjacentOnly: Bool) -> Bool {
    let plain = Letter(ascii: base)
    if letters.last == plain {
      letters[letters.count - 1].diacritic = .circumflex
    } else if !adjacentOnly, let nucleus,
      let index = nucleus.last(where: { letters[$0] == plain })
    {
      letters[index].diacritic = .circumflex
    } else {
      return false
    }
    changed = true
    return true
  }

  /// Puts the breve on the last plain a of the nucleus.
  mutating func breve() -> Bool {
    let plain = Letter(ascii: UInt8(ascii: "a"))
    guard let nucleus, let index = nucleus.last(where: { letters[$0] == plain }) else {
      return false
    }
    letters[index].diacritic = .breve
    changed = true
    return true
  }

  /// Puts the horn on the nucleus.
  ///
  /// On both vowels of uo (ươ), else on the last plain o or u, else, with `orBreve` (the Telex
  /// w), the breve on a plain a. False when nothing can take it.
  mutating func horn(orBreve: Bool) -> Bool {
    guard let nucleus else { return false }
    let u = UInt8(ascii: "u")
    let o = UInt8(ascii: "o")
    for index in nucleus.dropLast()
    where letters[index].base == u && letters[index + 1].base == o
      && letters[index].diacritic != .circumflex && letters[index + 1].diacritic == .none
    {
      letters[index].diacritic = .horn
      letters[index + 1].diacritic = .horn
      changed = true
      return true
    }
    let candidate = nucleus.last { index in
      let letter = letters[index]
      return letter.diacritic == .none
        && (letter.base == u || letter.base == o || (orBreve && letter.base == UInt8(ascii: "a")))
    }
    guard let index = candidate else { return false }
    letters[index].diacritic = letters[index].base == UInt8(ascii: "a") ? .breve : .horn
    changed = true
    return true
  }

  /// The accented syllable, or nil when nothing was typed as a keystroke or the letters do not
  /// form a Vietnamese syllable.
  func finish() -> String? {
    guard changed, let parts = SyllableStructure.parse(letters, strict: true) else {
      return nil
    }
    var result = letters
    result[TonePlacement.toneIndex(result, parts)].tone = tone
    guard VietnameseText.isSyllable(result, strict: true) else { return nil }
    var text = ""
    text.unicodeScalars.append(
      contentsOf: result.compactMap { Unicode.Scalar($0.scalarValue) })
    return text
  }
}
