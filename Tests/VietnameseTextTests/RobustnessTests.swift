import Testing

@testable import VietnameseText

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct RobustnessTests {
  static let vietnameseLetters = Array(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
      .unicodeScalars)

  /// A random scalar from pools that stress every path: ASCII, controls, Vietnamese letters of
  /// both cases, combining marks, Unicode spaces, emoji, CJK, Hangul jamo, and any scalar.
  static func randomScalar(_ generator: inout SeededGenerator) -> Unicode.Scalar {
    let ranges: [ClosedRange<UInt32>] = [
      0x00...0x7F, 0x80...0x9F, 0x300...0x36F, 0x2000...0x206F, 0x1F300...0x1FAFF,
      0x4E00...0x9FFF, 0x1100...0x11FF, 0x0...0x10FFFF, 0xA0...0x24F, 0x370...0x3FF,
    ]
    if Bool.random(using: &generator) {
      let letter = vietnameseLetters.randomElement(using: &generator) ?? "a"
      let upper = letter.properties.uppercaseMapping.unicodeScalars.first ?? letter
      return Bool.random(using: &generator) ? letter : upper
    }
    let range = ranges.randomElement(using: &generator) ?? 0...0x7F
    while true {
      if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) {
        return scalar
      }
    }
  }

  static func randomText(_ generator: inout SeededGenerator, length: Int) -> String {
    var text = ""
    for _ in 0..<length { text.unicodeScalars.append(randomScalar(&generator)) }
    return text
  }

  @Test func randomTextNeverBreaksTheInvariants() {
    var generator = SeededGenerator(state: 20_260_701)
    for _ in 0..<3000 {
      let text = Self.randomText(&generator, length: Int.random(in: 0...24, using: &generator))
      let normalized = VietnameseText.normalize(text)
      #expect(
        VietnameseText.normalize(normalized) == normalized, "\(text.unicodeScalars.map(\.value))")
      #expect(!normalized.hasPrefix(" ") && !normalized.hasSuffix(" "))
      #expect(!normalized.contains("  "))
      let folded = VietnameseText.fold(text)
      #expect(VietnameseText.fold(folded) == folded, "\(text.unicodeScalars.map(\.value))")
      #expect(!VietnameseText.hasDiacritics(folded))
      let tokens = VietnameseText.syllables(text)
      #expect(tokens.allSatisfy { !$0.isEmpty && !$0.contains(" ") })
      #expect(VietnameseText.syllables(normalized) == tokens)
      _ = VietnameseText.foldedSyllables(text)
      _ = DisplayWidth.columns(text)
      _ = TypingRepair.telex(text)
      _ = TypingRepair.vni(text)
    }
  }

  @Test func randomVietnameseTextFoldsToASCII() {
    var generator = SeededGenerator(state: 42)
    let marks: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...30, using: &generator) {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: text += " "
        case 1: text += "\u{00A0}"
        case 2: text.unicodeScalars.append(marks.randomElement(using: &generator) ?? "\u{0301}")
        case 3: text += String(Int.random(in: 0...9, using: &generator))
        default:
          let letter = Self.vietnameseLetters.randomElement(using: &generator) ?? "a"
          text.unicodeScalars.append(letter)
        }
      }
      let folded = VietnameseText.fold(text)
      let allowed = folded.utf8.allSatisfy { byte in
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x20
      }
      #expect(allowed, "\(text.unicodeScalars.map(\.value)) → \(folded)")
      #expect(VietnameseText.fold(VietnameseText.normalize(text)) == folded)
      let normalized = VietnameseText.normalize(text)
      #expect(VietnameseText.normalize(normalized) == normalized)
    }
  }

  @Test func largeTextIsFastAndIntact() {
    let chunk =
      "Đăng ký khai sinh\u{00A0}cho con (Mẫu TK01.docx) — ngu\u{031B}o\u{031B}\u{0300}i "
      + "nước ngoài 😀\u{1B}[0m hòa giải, thuỷ lợi\t123/2015/NĐ-CP.\n"
    let text = String(repeating: chunk, count: 100_000 / chunk.utf8.count + 1)
    #expect(text.utf8.count > 100_000)
    let clock = ContinuousClock()
    var normalized = ""
    var folded = ""
    var tokens: [String] = []
    let elapsed = clock.measure {
      normalized = VietnameseText.normalize(text)
      folded = VietnameseText.fold(text)
      tokens = VietnameseText.syllables(text)
    }
    #expect(elapsed < .seconds(2))
    let once = VietnameseText.normalize(chunk)
    #expect(
      once == "đăng ký khai sinh cho con (mẫu tk01.docx) — người nước ngoài 😀 [0m hoà giải, "
        + "thuỷ lợi 123/2015/nđ-cp.")
    #expect(normalized.hasPrefix(once + " " + once))
    #expect(folded.hasPrefix("dang ky khai sinh cho con (mau tk01.docx) — nguoi nuoc ngoai"))
    #expect(
      tokens.count == VietnameseText.syllables(chunk).count * (text.utf8.count / chunk.utf8.count))
  }
}
