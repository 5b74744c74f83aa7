import Testing

@testable import VietnameseText

@Suite struct LetterTableTests {
  @Test func everyVowelAndToneIsOnePrecomposedScalar() {
    #expect(LetterTable.composed.count == 72)
    #expect(Set(LetterTable.composed).count == 72)
    for row in LetterTable.rows {
      #expect(row.unicodeScalars.count == 6)
      #expect(row.count == 6)
    }
  }

  @Test func decodesBothCasesOfEveryLetter() {
    for (index, value) in LetterTable.composed.enumerated() {
      guard let scalar = Unicode.Scalar(value) else {
        Issue.record("bad scalar \(value)")
        continue
      }
      let lower = LetterTable.letter(value)
      let upperValue = scalar.properties.uppercaseMapping.unicodeScalars.first?.value ?? 0
      #expect(lower != nil)
      #expect(LetterTable.letter(upperValue) == lower)
      #expect(lower?.scalarValue == value)
      #expect(lower?.tone.rawValue == UInt8(index % 6))
    }
    #expect(LetterTable.letter(0x110)?.diacritic == .stroke)
    #expect(LetterTable.letter(0x111)?.scalarValue == 0x111)
    #expect(LetterTable.letter(0xFC) == nil)
  }
}
