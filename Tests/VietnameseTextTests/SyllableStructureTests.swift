import Testing

@testable import VietnameseText

@Suite struct SyllableStructureTests {
  static func parts(_ token: String) -> SyllableParts? {
    VietnameseText.letters(of: token).flatMap { SyllableStructure.parse($0) }
  }

  @Test(arguments: [
    ("quốc", 2, 3), ("quý", 2, 3), ("gìn", 1, 2), ("gì", 1, 2), ("giữa", 2, 4), ("già", 2, 3),
    ("nghiêng", 3, 5), ("người", 2, 5), ("ăn", 0, 1), ("oanh", 0, 2), ("khuỷu", 2, 5),
  ])
  func splitsOnsetNucleusAndCoda(token: String, nucleusStart: Int, codaStart: Int) {
    let parts = Self.parts(token)
    #expect(parts?.nucleusStart == nucleusStart)
    #expect(parts?.codaStart == codaStart)
  }

  @Test(arguments: [
    ("hoa", 2), ("hoang", 2), ("mua", 1), ("ngoai", 3), ("nguoi", 3), ("thuy", 3), ("quy", 2),
    ("gia", 2), ("khoe", 3), ("bai", 1), ("thuong", 3),
  ])
  func placesToneOnCanonicalVowel(token: String, index: Int) {
    guard let letters = VietnameseText.letters(of: token), let parts = Self.parts(token) else {
      Issue.record("\(token) did not parse")
      return
    }
    #expect(TonePlacement.toneIndex(letters, parts) == index)
  }

  @Test func strictParsingTakesMarksAsWritten() {
    let loose = VietnameseText.letters(of: "tieng") ?? []
    #expect(SyllableStructure.parse(loose) != nil)
    #expect(SyllableStructure.parse(loose, strict: true) == nil)
    let marked = VietnameseText.letters(of: "tiêng") ?? []
    #expect(SyllableStructure.parse(marked, strict: true) != nil)
  }
}
