import Testing

@testable import VietnameseText

@Suite struct SyllablesTests {
  @Test func splitsOnEverythingButLettersAndDigits() {
    #expect(VietnameseText.syllables("Mẫu TK01.docx") == ["mẫu", "tk01", "docx"])
    #expect(VietnameseText.syllables("123/2015/NĐ-CP") == ["123", "2015", "nđ", "cp"])
    #expect(
      VietnameseText.syllables("Hộ chiếu 😀!!! (bản chính)") == ["hộ", "chiếu", "bản", "chính"])
    #expect(VietnameseText.syllables("a\u{00A0}b\u{1B}c") == ["a", "b", "c"])
    #expect(VietnameseText.syllables("") == [])
    #expect(VietnameseText.syllables(" -- … ") == [])
  }

  @Test func normalizesTokens() {
    #expect(VietnameseText.syllables("HÒA giải") == ["hoà", "giải"])
    #expect(VietnameseText.syllables("ngu\u{031B}o\u{031B}\u{0300}i") == ["người"])
  }

  @Test func keepsOtherLettersAndTheirMarks() {
    #expect(VietnameseText.syllables("中文,über x\u{0301}y") == ["中文", "über", "x\u{0301}y"])
    #expect(VietnameseText.syllables("\u{0301}a") == ["a"])
  }

  @Test func splitsNormalizedTextWithoutNormalizingAgain() {
    let normalized = VietnameseText.normalize("Hộ chiếu (mẫu X01)")
    #expect(VietnameseText.syllables(ofNormalized: normalized) == ["hộ", "chiếu", "mẫu", "x01"])
    #expect(VietnameseText.syllables(ofNormalized: "ABC def") == ["ABC", "def"])
  }

  @Test func foldedSyllables() {
    #expect(
      VietnameseText.foldedSyllables("Đăng ký thường trú") == ["dang", "ky", "thuong", "tru"])
    #expect(VietnameseText.foldedSyllables("Số 123/NĐ-CP") == ["so", "123", "nd", "cp"])
  }
}
