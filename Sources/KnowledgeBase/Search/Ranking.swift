import VietnameseText
import Foundation

/// How candidates are scored. One place for every weight, so tuning is a reviewable change.
struct Ranking {
  /// bm25 column weights, in `IndexSchema.ftsColumns` order.
  static let columnWeights: [Double] = [10, 10, 4, 1, 1]
  /// How many full-text candidates are re-ranked.
  static let candidates = 120

  static let tune: [Double] = (ProcessInfo.processInfo.environment["TROLY_TUNE"] ?? "").split(separator: ",").compactMap { Double($0) }
  static var coverageWeight: Double { tune.count > 5 ? tune[0] : 3.0 }
  static var pairWeight: Double { tune.count > 5 ? tune[1] : 1.5 }
  static var accentWeight: Double { tune.count > 5 ? tune[2] : 0.6 }
  static var unexplainedWeight: Double { tune.count > 5 ? tune[3] : 2.0 }
  static var fullTextWeight: Double { tune.count > 5 ? tune[4] : 1.0 }
  static var levelWeight: Double { tune.count > 5 ? tune[5] : 0.15 }
  static var unexplainedFloor: Double { tune.count > 6 ? tune[6] : 0 }
  static var fullTextSaturation: Double { tune.count > 7 ? tune[7] : 1 }
  static var headLength: Double { tune.count > 8 ? tune[8] : 8 }
  /// A word found only without its accents counts this much.
  static let accentMismatch = 0.7
  /// A slot covered through a synonym or glossary phrase counts this much.
  static let expansionFactor = 0.95
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
  /// Name words past about this many count progressively less as unexplained.

  struct Candidate {
    var code: String
    var name: String
    var levels: String
    var nameTerms: [String]
    var bm25: Double
  }

  let analysis: QueryAnalysis
  let idf: (String) -> Double

  func score(_ candidate: Candidate, bestBM25: Double) -> SearchResult {
    let accented = candidate.nameTerms
    let folded = accented.map { VietnameseText.fold($0) }
    let nameSet = Set(folded)
    let accentedSet = Set(accented)
    let slots = analysis.slots

    /// How much `alternative` is found in the name: fully when the accents agree (or none were
    /// typed), less when only the folded form matches ("lại" is not "lái").
    func found(_ folded: String, _ accented: String?, _ factor: Double) -> Double {
      guard nameSet.contains(folded) else { return 0 }
      guard let accented, !accentedSet.contains(accented) else { return factor }
      return factor * Self.accentMismatch
    }

    // Coverage of each slot by the name: literally, through a repair, or through an expansion.
    var slotCover = slots.map { slot -> Double in
      slot.alternatives.reduce(0) { max($0, found($1.folded, $1.accented, $1.factor)) }
    }
    var explainedFolded = Set<String>()
    var explainedAccented = Set<String>()
    for slot in slots {
      for alternative in slot.alternatives {
        if let mark = alternative.accented {
          explainedAccented.insert(mark)
        } else {
          explainedFolded.insert(alternative.folded)
        }
      }
    }
    var extraPairs: [String] = []
    for expansion in analysis.expansions where !expansion.phrases.isEmpty {
      var best = 0.0
      for phrase in expansion.phrases {
        let foldedPhrase = phrase.map { VietnameseText.fold($0) }
        var hits = 0.0
        for (word, mark) in zip(foldedPhrase, phrase) { hits += found(word, mark, 1) }
        let share = hits / Double(phrase.count)
        best = max(best, share)
        if share > 0 { explainedAccented.formUnion(phrase) }
        if share == 1, phrase.count > 1 { extraPairs.append(contentsOf: Terms.pairs(foldedPhrase)) }
      }
      for i in expansion.range where i < slotCover.count {
        slotCover[i] = max(slotCover[i], best * Self.expansionFactor)
      }
    }
    let weights = slots.map { $0.isStopword ? $0.weight * 0.1 : $0.weight }
    let totalWeight = weights.reduce(0, +)
    var covered = 0.0
    for i in slots.indices { covered += weights[i] * slotCover[i] }
    let coverage = totalWeight > 0 ? covered / totalWeight : 0

    // Adjacent pairs of the query found adjacent in the name.
    let namePairs = Set(Terms.pairs(folded))
    var pairTotal = 0.0
    var pairFound = 0.0
    if slots.count > 1 {
      for i in 1..<slots.count {
        let w = (weights[i - 1] + weights[i]) / 2
        guard w > 0 else { continue }
        pairTotal += w
        var hit = 0.0
        for a in slots[i - 1].alternatives {
          for b in slots[i].alternatives where namePairs.contains(Terms.pair(a.folded, b.folded)) {
            hit = max(hit, min(a.factor, b.factor))
          }
        }
        pairFound += w * hit
      }
    }
    for pair in extraPairs where namePairs.contains(pair) {
      pairFound += idf(pair) * 0.3
      pairTotal += idf(pair) * 0.3
    }
    let pairScore = pairTotal > 0 ? pairFound / pairTotal : 0

    // Accents: among words typed with marks and found in the name, how many match exactly.
    var accentChecked = 0
    var accentMatched = 0
    for slot in slots where !slot.isStopword {
      guard let typed = slot.alternatives.first, let mark = typed.accented,
        nameSet.contains(typed.folded)
      else { continue }
      accentChecked += 1
      if accentedSet.contains(mark) { accentMatched += 1 }
    }
    let accent = accentChecked > 0 ? Double(accentMatched) / Double(accentChecked) : 0

    // Name words the query does not account for: prefer the procedure that is exactly the need.
    // Words at the head of a name ("Cấp lại…", "Gia hạn…") say what it does and count most.
    var nameWeight = 0.0
    var unexplainedWeight = 0.0
    var matched: [String] = []
    for (index, term) in folded.enumerated() {
      let w = max(0, idf(term) - Self.unexplainedFloor) / (1 + Double(index) / Self.headLength)
      nameWeight += w
      if explainedAccented.contains(accented[index]) || explainedFolded.contains(term)
        || Self.marksDefaultCase(accented, at: index)
      {
        matched.append(accented[index])
      } else {
        unexplainedWeight += w
      }
    }
    let unexplained = nameWeight > 0 ? unexplainedWeight / nameWeight : 0

    let fullText = bestBM25 < 0 ? min(1, candidate.bm25 / bestBM25 / Self.fullTextSaturation) : 0
    let levelPrior = Self.levelPrior(candidate.levels)

    let score =
      Self.coverageWeight * coverage + Self.pairWeight * pairScore + Self.accentWeight * accent
      - Self.unexplainedWeight * unexplained + Self.fullTextWeight * fullText
      + Self.levelWeight * levelPrior
    let confidence = Self.confidence(coverage: coverage, pairs: pairScore, unexplained: unexplained)
    return SearchResult(
      code: candidate.code, name: candidate.name, levels: candidate.levels,
      score: (score * 1000).rounded() / 1000, confidence: confidence,
      explanation: ScoreExplanation(
        nameCoverage: coverage, pairHits: pairScore, accentMatch: accent,
        unexplainedName: unexplained, fullText: fullText, levelPrior: levelPrior,
        matchedNameWords: matched))
  }

  /// Procedures a citizen can do at the city's one-stop centres come first among equals.
  static func levelPrior(_ levels: String) -> Double {
    let lower = levels.lowercased()
    if lower.contains("xã") { return 1 }
    if lower.contains("tỉnh") { return 0.8 }
    if lower.contains("khác") { return 0.5 }
    return 0
  }

  static func confidence(coverage: Double, pairs: Double, unexplained: Double) -> Double {
    let raw = 0.15 + 0.6 * coverage + 0.25 * pairs - 0.3 * unexplained
    return (min(1, max(0, raw)) * 100).rounded() / 100
  }
}
