import Testing

@testable import VietnameseText

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0), ("abc", 3), ("hộ chiếu", 8), ("ho\u{0323} chie\u{0302}\u{0301}u", 8), ("漢字", 4),
    ("ｶﾅ", 2), ("ＡＢ", 4), ("😀", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("🇻🇳", 2), ("❤\u{FE0F}", 2),
    ("👍🏽", 2), ("\u{0301}", 0), ("a\tb", 2), ("\u{1B}[0m", 3), ("a\u{200B}b", 2), ("한국", 4),
    ("1\u{FE0F}\u{20E3}", 2), ("©", 1),
  ])
  func columns(text: String, expected: Int) {
    #expect(DisplayWidth.columns(text) == expected)
  }
}
