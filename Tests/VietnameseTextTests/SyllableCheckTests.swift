import Testing

@testable import VietnameseText

@Suite struct SyllableCheckTests {
  @Test(arguments: [
    "khai", "sinh", "nghiêng", "nghieng", "quy", "quý", "gì", "già", "gia", "người", "nguoi",
    "đăng", "dang", "khuyến", "khuyen", "hoà", "hòa", "thuở", "a", "ý", "yêu", "xoong", "Đường",
    "CHỨNG", "ngoài", "oanh", "ươn", "kạn",
  ])
  func acceptsSyllables(token: String) {
    #expect(VietnameseText.isVietnameseSyllable(token))
  }

  @Test(arguments: [
    "gplx", "cccd", "tk01", "123", "", "visa", "bảo hiểm", "hộ-chiếu", "qa", "bk", "xyz",
    "ưô", "cáchf", "hòc", "ngẫp", "ă", "ia n", "nghiêngg", "chiếuu", "café", "hóá", "tiêu1",
  ])
  func rejectsNonSyllables(token: String) {
    #expect(!VietnameseText.isVietnameseSyllable(token))
  }

  @Test func hasDiacritics() {
    #expect(VietnameseText.hasDiacritics("đăng ky"))
    #expect(VietnameseText.hasDiacritics("Đ"))
    #expect(VietnameseText.hasDiacritics("ban chinh ơ"))
    #expect(VietnameseText.hasDiacritics("a\u{0301}"))
    #expect(VietnameseText.hasDiacritics("o\u{031B}"))
    #expect(!VietnameseText.hasDiacritics("dang ky tam tru"))
    #expect(!VietnameseText.hasDiacritics(""))
    #expect(!VietnameseText.hasDiacritics("中文 😀 über"))
  }
}
