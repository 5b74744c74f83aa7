import Testing

@testable import VietnameseText

@Suite struct TypingRepairTests {
  static let telexCases: [(String, String)] = [
    ("ddawng", "đăng"), ("kys", "ký"), ("hooj", "hộ"), ("chieeus", "chiếu"), ("tuwr", "tử"),
    ("caaps", "cấp"), ("giaays", "giấy"), ("xacs", "xác"), ("nhaanj", "nhận"), ("tinhf", "tình"),
    ("trangj", "trạng"), ("hoon", "hôn"), ("nhaan", "nhân"), ("ddooir", "đổi"), ("pheps", "phép"),
    ("lais", "lái"), ("banr", "bản"), ("baos", "báo"), ("tamj", "tạm"), ("vawngs", "vắng"),
    ("laapj", "lập"), ("huwowngr", "hưởng"), ("baor", "bảo"), ("hieemr", "hiểm"), ("xax", "xã"),
    ("hooij", "hội"), ("mootj", "một"), ("laanf", "lần"), ("chuwngs", "chứng"),
    ("thuwcj", "thực"), ("chuwx", "chữ"), ("nhaf", "nhà"), ("owr", "ở"), ("yeeu", "yêu"),
    ("caauf", "cầu"), ("trowj", "trợ"), ("giups", "giúp"), ("phaps", "pháp"), ("lys", "lý"),
    ("ddiaj", "địa"), ("chir", "chỉ"), ("truj", "trụ"), ("sowr", "sở"), ("coong", "công"),
    ("leej", "lệ"), ("phis", "phí"), ("truwowcs", "trước"), ("baj", "bạ"), ("ddaats", "đất"),
    ("thanhf", "thành"),
  ]

  @Test(arguments: telexCases)
  func decodesTelex(typed: String, expected: String) {
    #expect(TypingRepair.telex(typed) == expected)
  }

  @Test(arguments: [
    ("DDAWNG", "đăng"), ("tinfh", "tình"), ("tiengse", "tiếng"),
    ("truongw", "trương"), ("nguowif", "người"), ("nhwng", "nhưng"), ("w", "ư"),
    ("hoawcj", "hoặc"), ("khoer", "khoẻ"), ("thuyr", "thuỷ"), ("quys", "quý"), ("hoaf", "hoà"),
    ("ddangs", "đáng"), ("dangd", "đang"), ("đăngs", "đắng"), ("hóaz", "hoa"), ("muwa", "mưa"),
    ("visa", "vía"),
  ])
  func decodesTelexVariants(typed: String, expected: String) {
    #expect(TypingRepair.telex(typed) == expected)
  }

  @Test(arguments: [
    "gplx", "cccd", "khai", "sinh", "tk01", "123", "", "đăng", "hộ chiếu", "ddd", "wwx", "tiengs",
    "cacf",
    "kyss1", "sss", "xyz", "hello",
  ])
  func telexReturnsNilWithoutValidKeystrokes(token: String) {
    #expect(TypingRepair.telex(token) == nil)
  }

  @Test(arguments: [
    ("d9a8ng", "đăng"), ("ky1", "ký"), ("ho65", "hộ"), ("chie6u1", "chiếu"), ("ho56", "hộ"),
    ("nguo7i2", "người"), ("u7o7ng", "ương"), ("dang9", "đang"), ("hoa2", "hoà"),
    ("To6i", "tôi"), ("ta1o0", "tao"), ("a1", "á"), ("thu7o7ng2", "thường"),
  ])
  func decodesVNI(typed: String, expected: String) {
    #expect(TypingRepair.vni(typed) == expected)
  }

  @Test(arguments: ["123", "2015", "tk01", "khai", "gplx", "", "d9", "b8", "hoa9", "a6", "cccd1"])
  func vniReturnsNilWithoutValidKeystrokes(token: String) {
    #expect(TypingRepair.vni(token) == nil)
  }

  @Test func everyTelexResultIsAStructurallyValidNormalizedSyllable() {
    for (typed, _) in Self.telexCases {
      let decoded = TypingRepair.telex(typed) ?? ""
      #expect(VietnameseText.isVietnameseSyllable(decoded))
      #expect(VietnameseText.normalize(decoded) == decoded)
    }
  }
}
