import Foundation
import VietnameseText

/// How candidates are scored. One place for every weight, so tuning is a reviewable change.
/// The query side is prepared once; scoring a candidate is then look-ups in its prepared name.
struct Ranking {
  /// Terms found in more than this share of procedures are not searched for (they still rank).
  static let commonTermShare = Double(ProcessInfo.processInfo.environment["TROLY_DFMAX"] ?? "") ?? 0.1
  /// How many full-text candidates are re-ranked.
  static let candidates = 120

  static let tune: [Double] = (ProcessInfo.processInfo.environment["TROLY_TUNE"] ?? "").split(separator: ",").compactMap { Double($0) }
  static var coverageWeight: Double { tune.count > 5 ? tune[0] : 3.0 }
  static var pairWeight: Double { tune.count > 5 ? tune[1] : 1.5 }
  static var accentWeight: Double { tune.count > 5 ? tune[2] : 0.6 }
  static var unexplainedWeight: Double { tune.count > 5 ? tune[3] : 2.0 }
  static var fullTextWeight: Double { tune.count > 5 ? tune[4] : 1.0 }
  static var levelWeight: Double { tune.count > 5 ? tune[5] : 0.15 }
  static var fullTextSaturation: Double { tune.count > 7 ? tune[7] : 1 }
  static let headLength = 8.0
  /// A word found only without its accents counts this much.
  static let accentMismatch = 0.7
  /// A slot covered through a synonym or glossary phrase counts this much.
  static let expansionFactor = 0.95
  /// Stopwords count this share of their weight.
  static let stopwordShare = 0.1

  private struct Alternative {
    var folded: Int32
    var accented: Int32?
    var factor: Double
  }

  private struct Phrase {
    var folded: [Int32]
    var accented: [Int32]
    /// Pair ids with their weight.
    var pairs: [(Int32, Double)]
  }

  private struct Expansion {
    var range: Range<Int>
    var phrases: [Phrase]
  }

  private let alternatives: [[Alternative]]
  private let weights: [Double]
  private let totalWeight: Double
  /// For each adjacent pair of slots: the pair terms it may stand for, with their factor.
  private let slotPairs: [(weight: Double, terms: [(Int32, Double)])]
  private let expansions: [Expansion]
  /// By word id: whether the query accounts for a name word, by its folded or accented form.
  private let explainedFolded: [Bool]
  private let explainedAccented: [Bool]
  /// (folded, accented) of slots typed with accents, for the accent feature.
  private let accentChecks: [(Int32, Int32)]

  init(analysis: QueryAnalysis, words: WordIDs, pairWeight: (String) -> Double) {
    let slots = analysis.slots
    alternatives = slots.map { slot in
      slot.alternatives.map {
        Alternative(
          folded: words.id($0.folded), accented: $0.accented.map { words.id($0) },
          factor: $0.factor)
      }
    }
    weights = slots.map { $0.isStopword ? $0.weight * Self.stopwordShare : $0.weight }
    totalWeight = weights.reduce(0, +)
    var pairs: [(Double, [(Int32, Double)])] = []
    if slots.count > 1 {
      for i in 1..<slots.count {
        var terms: [(Int32, Double)] = []
        for a in slots[i - 1].alternatives {
          for b in slots[i].alternatives {
            terms.append((words.id(Terms.pair(a.folded, b.folded)), min(a.factor, b.factor)))
          }
        }
        pairs.append(((weights[i - 1] + weights[i]) / 2, terms))
      }
    }
    slotPairs = pairs
    expansions = analysis.expansions.filter { !$0.phrases.isEmpty }.map { expansion in
      Expansion(
        range: expansion.range,
        phrases: expansion.phrases.map { phrase in
          let folded = phrase.map { VietnameseText.fold($0) }
          return Phrase(
            folded: folded.map { words.id($0) }, accented: phrase.map { words.id($0) },
            pairs: Terms.pairs(folded).map { (words.id($0), pairWeight($0) * 0.3) })
        })
    }
    var folded = Array(repeating: false, count: words.count)
    var accented = Array(repeating: false, count: words.count)
    for options in alternatives {
      for alternative in options {
        if let mark = alternative.accented {
          if mark >= 0 { accented[Int(mark)] = true }
        } else if alternative.folded >= 0 {
          folded[Int(alternative.folded)] = true
        }
      }
    }
    explainedFolded = folded
    explainedAccented = accented
    accentChecks = zip(slots, alternatives).compactMap { slot, options in
      guard !slot.isStopword, let first = options.first, let mark = first.accented
      else { return nil }
      return (first.folded, mark)
    }
  }

  /// Scores one candidate; the explanation (matched words and score parts) only when asked.
  func score(
    _ name: CandidateName, bm25: Double, bestBM25: Double, explain: Bool
  ) -> SearchResult {
    /// How much a word is found in the name: fully when the accents agree (or none were
    /// typed), less when only the folded form matches ("lại" is not "lái").
    func found(_ folded: Int32, _ accented: Int32?, _ factor: Double) -> Double {
      guard name.foldedSet.contains(folded) else { return 0 }
      guard let accented, !name.accentedSet.contains(accented) else { return factor }
      return factor * Self.accentMismatch
    }

    // Coverage of each slot by the name: literally, through a repair, or through an expansion.
    var slotCover = alternatives.map { options in
      options.reduce(0.0) { max($0, found($1.folded, $1.accented, $1.factor)) }
    }
    var phraseWords = Set<Int32>()
    var pairFound = 0.0
    var pairTotal = 0.0
    for expansion in expansions {
      var best = 0.0
      for phrase in expansion.phrases {
        var hits = 0.0
        for (word, mark) in zip(phrase.folded, phrase.accented) { hits += found(word, mark, 1) }
        let share = hits / Double(phrase.folded.count)
        best = max(best, share)
        if share > 0 { phraseWords.formUnion(phrase.accented) }
        if share == 1 {
          for (pair, weight) in phrase.pairs where name.pairs.contains(pair) {
            pairFound += weight
            pairTotal += weight
          }
        }
      }
      for i in expansion.range where i < slotCover.count {
        slotCover[i] = max(slotCover[i], best * Self.expansionFactor)
      }
    }
    var covered = 0.0
    for i in slotCover.indices { covered += weights[i] * slotCover[i] }
    let coverage = totalWeight > 0 ? covered / totalWeight : 0

    // Adjacent pairs of the query found adjacent in the name.
    for (weight, terms) in slotPairs where weight > 0 {
      pairTotal += weight
      var hit = 0.0
      for (term, factor) in terms where name.pairs.contains(term) { hit = max(hit, factor) }
      pairFound += weight * hit
    }
    let pairScore = pairTotal > 0 ? pairFound / pairTotal : 0

    // Accents: among words typed with marks and found in the name, how many match exactly.
    var accentChecked = 0
    var accentMatched = 0
    for (folded, mark) in accentChecks where name.foldedSet.contains(folded) {
      accentChecked += 1
      if name.accentedSet.contains(mark) { accentMatched += 1 }
    }
    let accent = accentChecked > 0 ? Double(accentMatched) / Double(accentChecked) : 0

    // Name words the query does not account for: prefer the procedure that is exactly the need.
    // Words at the head of a name ("Cấp lại…", "Gia hạn…") say what it does and count most.
    var unexplainedWeight = 0.0
    var matched: [String] = []
    for index in name.folded.indices {
      let word = name.accentedIDs[index]
      if explainedAccented[Int(word)] || explainedFolded[Int(name.foldedIDs[index])]
        || name.marksDefault[index] || (!phraseWords.isEmpty && phraseWords.contains(word))
      {
        if explain { matched.append(name.accented[index]) }
      } else {
        unexplainedWeight += name.headWeights[index]
      }
    }
    let unexplained = name.totalHeadWeight > 0 ? unexplainedWeight / name.totalHeadWeight : 0

    let fullText = bestBM25 < 0 ? min(1, bm25 / bestBM25 / Self.fullTextSaturation) : 0
    let score =
      Self.coverageWeight * coverage + Self.pairWeight * pairScore + Self.accentWeight * accent
      - Self.unexplainedWeight * unexplained + Self.fullTextWeight * fullText
      + Self.levelWeight * name.levelPrior
    let confidence = Self.confidence(coverage: coverage, pairs: pairScore, unexplained: unexplained)
    return SearchResult(
      code: name.code, name: name.name, levels: name.levels,
      score: (score * 1000).rounded() / 1000, confidence: confidence,
      explanation: explain
        ? ScoreExplanation(
          nameCoverage: coverage, pairHits: pairScore, accentMatch: accent,
          unexplainedName: unexplained, fullText: fullText, levelPrior: name.levelPrior,
          matchedNameWords: matched) : nil)
  }

  /// Inverse document frequency (BM25's form, never negative).
  static func idf(df: Int, count: Double) -> Double {
    guard df > 0 else { return 0 }
    return log((count - Double(df) + 0.5) / (Double(df) + 0.5) + 1)
  }

  static func confidence(coverage: Double, pairs: Double, unexplained: Double) -> Double {
    let raw = 0.15 + 0.6 * coverage + 0.25 * pairs - 0.3 * unexplained
    return (min(1, max(0, raw)) * 100).rounded() / 100
  }
}
