import Testing

@testable import VietnameseText

@Suite struct NormalizeTests {
  @Test func composesDecomposedMarks() {
    #expect(VietnameseText.normalize("a\u{0301}") == "á")
    #expect(VietnameseText.normalize("ê\u{0323}") == "ệ")
    #expect(VietnameseText.normalize("e\u{0323}\u{0302}") == "ệ")
    #expect(VietnameseText.normalize("e\u{0302}\u{0323}") == "ệ")
    #expect(VietnameseText.normalize("u\u{031B}o\u{031B}\u{0300}ng") == "ường")
    #expect(VietnameseText.normalize("a\u{0306}\u{0303}") == "ẵ")
    #expect(VietnameseText.normalize("a\u{0341}") == "á")
  }

  @Test func nfdAndNFCInputsAgree() {
    let nfc = "Thủ tục đăng ký khai sinh cho người nước ngoài"
    let nfd =
      "Thu\u{0309} tu\u{0323}c đa\u{0306}ng ky\u{0301} khai sinh cho ngu\u{031B}o\u{031B}\u{0300}i "
      + "nu\u{031B}o\u{031B}\u{0301}c ngoa\u{0300}i"
    #expect(VietnameseText.normalize(nfd) == VietnameseText.normalize(nfc))
    #expect(VietnameseText.normalize(nfc) == "thủ tục đăng ký khai sinh cho người nước ngoài")
  }

  @Test func mixedPrecomposedQualityWithCombiningTone() {
    // "Unicode tổ hợp": precomposed â, ê, ơ … with a combining tone.
    #expect(VietnameseText.normalize("hô\u{0323} chiê\u{0301}u") == "hộ chiếu")
    #expect(VietnameseText.normalize("Ðăng ký") == "đăng ký")
  }

  @Test func lowercases() {
    #expect(VietnameseText.normalize("ĐĂNG KÝ THƯỜNG TRÚ") == "đăng ký thường trú")
    #expect(VietnameseText.normalize("Mẫu TK01.DOCX") == "mẫu tk01.docx")
    #expect(VietnameseText.normalize("ÇÀ ΑΒΓ Ω") == "çà αβγ ω")
  }

  @Test func spacesAndControlsBecomeSingleSpaces() {
    #expect(VietnameseText.normalize("hộ\u{00A0}chiếu") == "hộ chiếu")
    #expect(VietnameseText.normalize("  hộ \t\n chiếu\u{3000}\u{2009}mới  ") == "hộ chiếu mới")
    #expect(VietnameseText.normalize("a\u{1B}[31mb") == "a [31mb")
    #expect(VietnameseText.normalize("a\u{0000}b\u{0085}c\u{009B}d\u{7F}e") == "a b c d e")
    #expect(VietnameseText.normalize("a\u{2028}b\u{2029}c") == "a b c")
    #expect(VietnameseText.normalize("hộ\u{00AD}chiếu") == "hộchiếu")
    #expect(VietnameseText.normalize("\u{FEFF}căn cước") == "căn cước")
    #expect(VietnameseText.normalize("") == "")
    #expect(VietnameseText.normalize(" \u{00A0}\t ") == "")
  }

  @Test(arguments: [
    ("hoà", "hòa"), ("hoá", "hóa"), ("hoả", "hỏa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"),
    ("thuỵ", "thụy"), ("huỷ", "hủy"), ("xoá", "xóa"), ("quý", "qúy"), ("già", "gìa"),
    ("giữa", "gĩưa"),
  ])
  func oneTonePlacementForBothSpellings(modern: String, old: String) {
    #expect(VietnameseText.normalize(old) == VietnameseText.normalize(modern))
    #expect(VietnameseText.normalize(modern) == modern)
  }

  @Test(arguments: [
    "mùa", "bài", "hỏi", "cháu", "mía", "gửi", "hoàng", "khuyến", "người", "nước", "hưởng",
    "ngoài", "xoáy", "khuỷu", "quốc", "quỳnh", "thuế", "thuở", "yêu", "giếng", "gìn", "gì",
    "rượu", "muối", "khuấy", "hoặc", "tuần", "ngoẹo", "xoóng", "quà", "hoà", "thuỷ",
  ])
  func canonicalSyllablesAreUnchanged(syllable: String) {
    #expect(VietnameseText.normalize(syllable) == syllable)
  }

  @Test(arguments: [
    ("mua\u{0300}", "mùa"), ("ngu\u{031B}o\u{031B}i\u{0300}", "người"), ("hoa\u{0300}ng", "hoàng"),
    ("hòang", "hoàng"), ("ngòai", "ngoài"), ("nguời", "nguời"), ("úơ", "uớ"), ("hứô", "hứô"),
    ("bàì", "bàì"),
  ])
  func movesToneToCanonicalVowel(input: String, expected: String) {
    #expect(VietnameseText.normalize(input) == expected)
  }

  @Test func leavesNonSyllablesAlone() {
    #expect(VietnameseText.normalize("café") == "café")
    #expect(VietnameseText.normalize("Hòa123") == "hoà123")
    #expect(VietnameseText.normalize("123/2015/NĐ-CP") == "123/2015/nđ-cp")
  }

  @Test func keepsOtherScriptsAndComposesThem() {
    #expect(VietnameseText.normalize("u\u{0308}ber") == "über")
    #expect(VietnameseText.normalize("A\u{030A}") == "å")
    #expect(VietnameseText.normalize("\u{1100}\u{1161}") == "가")
    #expect(VietnameseText.normalize("x\u{0301}") == "x\u{0301}")
    #expect(VietnameseText.normalize("中文 😀 hộ") == "中文 😀 hộ")
  }

  @Test(arguments: [
    "hòa", "Thủ Tục", "a\u{0301}\u{0308}", "İstanbul", "x\u{0301} \u{0308}", "\u{0301}a",
    "a \u{0301}", "hòa\u{0308}", "K\u{212A}", "ǅ", "ﬁ",
  ])
  func isIdempotent(text: String) {
    let once = VietnameseText.normalize(text)
    #expect(VietnameseText.normalize(once) == once)
  }
}
