extension VietnameseText {
  /// Whether `s` holds any Vietnamese mark: a tone, a quality mark (ă â ê ô ơ ư) or đ, written
  /// precomposed or as a combining mark.
  public static func hasDiacritics(_ s: String) -> Bool {
    for scalar in s.unicodeScalars {
      let value = scalar.value
      if value < 0xC0 { continue }
      if Tone(combining: value) != nil || Diacritic(combining: value) != nil { return true }
      if let letter = LetterTable.letter(value), letter.hasMark { return true }
    }
    return false
  }

  /// Whether `token` (accented or folded, any case) is structurally one Vietnamese syllable.
  ///
  /// A cheap check: an onset from b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x
  /// (or none), a known vowel nucleus, and an optional final c ch m n ng nh p t or semivowel
  /// (i y o u). With marks, the quality marks must form a real nucleus ("ươ" but not "ưô"), at
  /// most one tone is allowed, and a stop final (c ch p t) takes only sắc or nặng.
  ///
  /// `"khai"`, `"nghiêng"`, `"quy"` → true; `"gplx"`, `"tk01"`, `""` → false. It says nothing
  /// about whether the syllable is a word: `"vía"` and `"xông"` pass.
  public static func isVietnameseSyllable(_ token: String) -> Bool {
    guard let letters = letters(of: token) else { return false }
    return isSyllable(letters)
  }

  /// The letters of a single-word token, or nil when it holds anything but letters.
  static func letters(of token: String) -> [Letter]? {
    var letters: [Letter] = []
    let text = token.utf8.allSatisfy({ $0 < 0x80 }) ? token : normalize(token)
    for scalar in text.unicodeScalars {
      guard let letter = LetterTable.letter(scalar.value) else { return nil }
      letters.append(letter)
      if letters.count > SyllableStructure.maximumLetters { return nil }
    }
    return letters
  }

  /// Whether letters form a syllable with a valid tone; `strict` as in
  /// ``SyllableStructure/parse(_:strict:)``.
  static func isSyllable(_ letters: [Letter], strict: Bool = false) -> Bool {
    guard let parts = SyllableStructure.parse(letters, strict: strict) else { return false }
    var tone = Tone.level
    for letter in letters where letter.tone != .level {
      guard tone == .level else { return false }
      tone = letter.tone
    }
    return tone.allowedBeforeStop || !parts.hasStopCoda(letters)
  }
}
