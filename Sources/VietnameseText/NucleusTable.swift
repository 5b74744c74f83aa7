/// The vowel nuclei of Vietnamese syllables and whether each may end the syllable (open) or
/// needs a final consonant (closed).
enum NucleusTable {
  /// The nucleus may end the syllable.
  static let open: UInt8 = 1
  /// The nucleus may be followed by a final consonant.
  static let closed: UInt8 = 2

  /// Nuclei that may be open or closed.
  static let either = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy"]
  /// Nuclei that need a final consonant.
  static let closedOnly = ["ă", "â", "iê", "oă", "oo", "uâ", "uô", "ươ", "yê", "uyê"]
  /// Nuclei that end the syllable (their last vowel is a semivowel, or a diphthong like ia).
  static let openOnly = [
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
    "uơ", "ưa", "ưi", "ưu", "iêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi",
    "ươu", "yêu",
  ]

  /// Flags by ``key(_:)`` for nuclei written with their quality marks.
  static let marked: [UInt8] = build(folding: false)
  /// Flags by ``key(_:)`` for nuclei written without quality marks (any marked nucleus that
  /// folds to them).
  static let folded: [UInt8] = build(folding: true)

  /// The key of up to three vowel rows: each row + 1 in four bits.
  @inline(__always)
  static func key(_ rows: (Int, Int, Int)) -> Int {
    (rows.0 &+ 1) | (rows.1 &+ 1) << 4 | (rows.2 &+ 1) << 8
  }

  /// The flags of the nucleus `letters[range]` (one to three vowels).
  ///
  /// 0 when it is not a nucleus. Without quality marks and unless `strict`, the nucleus is looked up among folded nuclei.
  static func flags(_ letters: [Letter], _ range: Range<Int>, strict: Bool) -> UInt8 {
    guard (1...3).contains(range.count) else { return 0 }
    var rows = (-1, -1, -1)
    var isMarked = false
    for (offset, index) in range.enumerated() {
      let letter = letters[index]
      isMarked = isMarked || letter.diacritic.isVowelQuality
      guard let row = letter.vowelRow else { return 0 }
      switch offset {
      case 0: rows.0 = row
      case 1: rows.1 = row
      default: rows.2 = row
      }
    }
    return isMarked || strict ? marked[key(rows)] : folded[key(rows)]
  }

  private static func build(folding: Bool) -> [UInt8] {
    var table = [UInt8](repeating: 0, count: 4096)
    let groups: [([String], UInt8)] = [
      (either, open | closed), (closedOnly, closed), (openOnly, open),
    ]
    for (nuclei, flag) in groups {
      for nucleus in nuclei {
        var rows: [Int] = []
        for scalar in nucleus.unicodeScalars {
          guard let letter = LetterTable.letter(scalar.value), var row = letter.vowelRow else {
            continue
          }
          if folding {
            row = LetterTable.vowelRow(base: letter.base, diacritic: .none) ?? row
          }
          rows.append(row)
        }
        let padded = rows + [-1, -1, -1]
        table[key((padded[0], padded[1], padded[2]))] |= flag
      }
    }
    return table
  }
}
