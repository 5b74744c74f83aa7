/// A procedure's name prepared for ranking: read once from the index, kept for the searcher's
/// life, so re-ranking a candidate is integer set look-ups only (words are interned: hashing
/// accented Swift strings is slow).
final class CandidateName: Sendable {
  let code: String
  let name: String
  let levels: String
  /// Normalised syllables, accents kept (abbreviations spelt out).
  let accented: [String]
  let folded: [String]
  let foldedIDs: [Int32]
  let accentedIDs: [Int32]
  let foldedSet: Set<Int32>
  let accentedSet: Set<Int32>
  let pairs: Set<Int32>
  /// Each word's weight as an unexplained word: name IDF, less for words far from the head.
  let headWeights: [Double]
  let totalHeadWeight: Double
  /// Words that mark the default case ("mới", "lần đầu") and are never unexplained.
  let marksDefault: [Bool]
  let levelPrior: Double

  init(
    code: String, name: String, levels: String, accented: [String], folded: [String],
    weights: [Double], words: inout WordIDs
  ) {
    self.code = code
    self.name = name
    self.levels = levels
    self.accented = accented
    self.folded = folded
    let foldedIDs = folded.map { words.intern($0) }
    let accentedIDs = accented.map { words.intern($0) }
    self.foldedIDs = foldedIDs
    self.accentedIDs = accentedIDs
    foldedSet = Set(foldedIDs)
    accentedSet = Set(accentedIDs)
    pairs = Set(Terms.pairs(folded).map { words.intern($0) })
    let headWeights = weights.enumerated().map { index, weight in
      weight / (1 + Double(index) / Ranking.headLength)
    }
    self.headWeights = headWeights
    totalHeadWeight = headWeights.reduce(0, +)
    marksDefault = accented.indices.map { Self.marksDefaultCase(accented, at: $0) }
    levelPrior = Self.levelPrior(levels)
  }

  /// Name words that mark the default case ("cấp mới", "lần đầu"): a query that names no case
  /// means this one, so they are never unexplained.
  static func marksDefaultCase(_ words: [String], at index: Int) -> Bool {
    switch words[index] {
    case "mới": return true
    case "lần": return index + 1 < words.count && words[index + 1] == "đầu"
    case "đầu": return index > 0 && words[index - 1] == "lần"
    default: return false
    }
  }

  /// Procedures a citizen can do at the city's one-stop centres (commune, then province level)
  /// come first among equals.
  static func levelPrior(_ levels: String) -> Double {
    let lower = levels.lowercased()
    if lower.contains("xã") { return 1 }
    if lower.contains("tỉnh") { return 0.8 }
    if lower.contains("khác") { return 0.5 }
    return 0
  }
}

/// Integer ids for words, so ranking compares integers instead of hashing strings.
struct WordIDs {
  private var ids: [String: Int32] = [:]

  mutating func intern(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(ids.count)
    ids[word] = id
    return id
  }

  /// How many words have ids; ids run from 0 to `count - 1`.
  var count: Int { ids.count }

  /// The id of a known word; -1 (matching nothing) for a word no name holds.
  func id(_ word: String) -> Int32 { ids[word] ?? -1 }
}
