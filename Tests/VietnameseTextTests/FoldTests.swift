import Testing

@testable import VietnameseText

@Suite struct FoldTests {
  @Test func removesEveryMark() {
    #expect(VietnameseText.fold("Đăng ký") == "dang ky")
    #expect(VietnameseText.fold("Đường") == "duong")
    #expect(VietnameseText.fold("ă â ê ô ơ ư đ Ă Â Ê Ô Ơ Ư Đ") == "a a e o o u d a a e o o u d")
    #expect(VietnameseText.fold("Thủ tục hành chính") == "thu tuc hanh chinh")
    #expect(VietnameseText.fold("ỹ ỵ ỷ ỳ ý") == "y y y y y")
  }

  @Test func foldsDecomposedInput() {
    #expect(VietnameseText.fold("ngu\u{031B}o\u{031B}\u{0300}i") == "nguoi")
    #expect(VietnameseText.fold("hô\u{0323} chiê\u{0301}u") == "ho chieu")
    #expect(VietnameseText.fold("u\u{0308}ber çà ñ") == "uber ca n")
  }

  @Test func foldsNormalizedInputTheSame() {
    let text = "Cấp lại GIẤY PHÉP lái xe  quốc tế\u{00A0}(thực hiện tại cấp tỉnh)"
    #expect(VietnameseText.fold(VietnameseText.normalize(text)) == VietnameseText.fold(text))
    #expect(
      VietnameseText.fold(text) == "cap lai giay phep lai xe quoc te (thuc hien tai cap tinh)")
    #expect(VietnameseText.fold("dang ky") == "dang ky")
  }

  @Test func keepsNonLatinText() {
    #expect(VietnameseText.fold("中文 😀") == "中文 😀")
    #expect(VietnameseText.fold("") == "")
  }
}
