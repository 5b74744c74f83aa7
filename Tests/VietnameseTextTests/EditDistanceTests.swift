import Testing

@testable import VietnameseText

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0), ("a", "", 1), ("", "abc", 3), ("kitten", "sitting", 3), ("chieu", "chieu", 0),
    ("chieu", "chiue", 1), ("ho chieu", "ho cheiu", 1), ("ca", "abc", 3), ("thường", "thuờng", 1),
    ("đăng", "dang", 2), ("hộ", "họ", 1), ("abcdef", "badcfe", 3),
  ])
  func distances(a: String, b: String, expected: Int) {
    #expect(VietnameseText.editDistance(a, b, limit: 10) == expected)
    #expect(VietnameseText.editDistance(b, a, limit: 10) == expected)
  }

  @Test func returnsNilAboveLimit() {
    #expect(VietnameseText.editDistance("kitten", "sitting", limit: 2) == nil)
    #expect(VietnameseText.editDistance("kitten", "sitting", limit: 3) == 3)
    #expect(VietnameseText.editDistance("a", "abcd", limit: 2) == nil)
    #expect(VietnameseText.editDistance("abc", "abc", limit: 0) == 0)
    #expect(VietnameseText.editDistance("abc", "abd", limit: 0) == nil)
    #expect(VietnameseText.editDistance("abc", "abc", limit: -1) == nil)
    #expect(VietnameseText.editDistance("xxxxxxxxab", "yyyyyyyyab", limit: 3) == nil)
  }

  @Test func countsUnicodeScalars() {
    #expect(VietnameseText.editDistance("ấ", "a\u{0302}\u{0301}", limit: 5) == 3)
    #expect(VietnameseText.editDistance("😀a", "a😀", limit: 5) == 1)
  }

  @Test func handlesLongTokens() {
    let long = String(repeating: "nghiêng ", count: 100)
    #expect(VietnameseText.editDistance(long, long + "x", limit: 1) == 1)
  }

  @Test func deletes() {
    #expect(VietnameseText.deletes("abc") == ["abc", "bc", "ac", "ab"])
    #expect(VietnameseText.deletes("aab") == ["aab", "ab", "aa"])
    #expect(VietnameseText.deletes("abc", distance: 2) == ["abc", "bc", "ac", "ab", "a", "b", "c"])
    #expect(VietnameseText.deletes("abc", distance: 0) == ["abc"])
    #expect(VietnameseText.deletes("", distance: 2) == [""])
    #expect(VietnameseText.deletes("hộ") == ["hộ", "ộ", "h"])
  }

  @Test func deletesFindTyposWithinDistance() {
    let word = "chieu"
    for typo in ["chiu", "chieeu", "chiue", "chieu", "chiex"] {
      let shared = VietnameseText.deletes(word).intersection(VietnameseText.deletes(typo))
      #expect(!shared.isEmpty, "\(typo)")
    }
    let far = VietnameseText.deletes(word).intersection(VietnameseText.deletes("khai"))
    #expect(far.isEmpty)
  }
}
