import Foundation
import VietnameseText

/// How candidates are scored. One place for every weight, so tuning is a reviewable change.
/// The query side is prepared once; scoring a candidate is then look-ups in its prepared name.
struct Ranking {
  /// Terms found in more than this share of procedures are not searched for (they still rank).
  static let commonTermShare = 0.1
  /// How many full-text candidates are re-ranked.
  static let candidates = 50

  static let coverageWeight = 3.0
  static let pairWeight = 1.5
  static let accentWeight = 0.6
  static let unexplainedWeight = 2.0
  static let fullTextWeight = 1.0
  static let levelWeight = 0.15
  /// A name whose age range excludes the age the query speaks of.
  static let ageWeight = 1.0
  /// A name that rules out what the query asks for: "(trừ xe mô tô, xe gắn máy)" for "mất cà
  /// vẹt xe máy".
  static let exclusionWeight = 1.0
  /// A procedure people may apply for, when the query names no organisation.
  static let individualWeight = 0.3
  /// A procedure foreigners may apply for, when the query is in English (foreign residents
  /// type English; "gia hạn tạm trú" for them is not the citizens' procedure of that name); and
  /// for one whose name is for foreigners or "có yếu tố nước ngoài" when a Vietnamese query
  /// speaks of abroad, against it when the query speaks of nothing foreign (most procedures come
  /// in both kinds).
  static let foreignerWeight = 0.3
  /// A name that re-issues or exchanges a paper ("Cấp lại…", "Cấp đổi…") when the query says
  /// nothing of having one: "làm giấy phép kinh doanh hộ cá thể" is a first registration.
  static let reissueWeight = 0.3
  /// Folded words, and pairs of them, that say the citizen has the paper already.
  static let reissueWords: Set<String> = [
    "lai", "doi", "mat", "hong", "rach", "hu", "sai", "cu", "chay", "thay", "sua", "bi",
    "gay", "nat", "het_han", "gia_han", "bo_sung", "dinh_chinh", "cai_chinh", "cap_nhat",
    "dieu_chinh",
  ]
  /// A name that ends, withdraws or revokes something ("Thủ tục rút yêu cầu trợ giúp pháp
  /// lý") when the query speaks of nothing of the kind: "luật sư miễn phí cho người nghèo"
  /// asks for legal aid, not to withdraw a request for it.
  static let endingWeight = 0.6
  /// Folded words, and pairs of them, that speak of ending something.
  static let endingWords: Set<String> = [
    "cham_dut", "thu_hoi", "huy", "rut", "dong", "nghi", "ngung", "dung", "giai_the", "thoi",
    "tra", "nop_lai", "tra_lai", "bo",
  ]
  /// A name for the fully online variant ("… trực tuyến toàn trình") when the query does not ask
  /// for it: the kiosk is the in-person channel, and the twin "một phần hoặc trực tiếp" is the
  /// one done there.
  static let onlineWeight = 0.3
  /// Folded words, and pairs of them, that ask to do it online.
  static let onlineWords: Set<String> = ["online", "truc_tuyen", "qua_mang", "toan_trinh", "dvc"]
  /// How many average words the words of one synonym weigh together, however many they are.
  static let conceptWords = 1.5
  /// How many other words may sit between the words of a synonym of three words or more in a
  /// query ("sổ đỏ nhà tôi ghi sai" holds "sổ đỏ ghi sai"). Two-word synonyms and the English
  /// glossary allow one.
  static let synonymGaps = 3
  /// What the words after "để" (what the procedure is for) weigh, as a share of their weight.
  static let purposeShare = 0.5
  /// What a family member or "người" after "cho" (whom the procedure is for) weighs, as a share.
  static let beneficiaryShare = 0.3
  /// What the words of an age ("khi đủ 25 tuổi") weigh, as a share.
  static let ageShare = 0.3
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
    /// The query's words from the trigger's first to its last, words between included.
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
  /// By accented word id: the expansion phrases (bit per phrase, first 64) that hold it.
  private let phraseMembership: [Int32: UInt64]
  /// The applicant's age, when the query says it.
  private let age: Int?
  /// Whether the query speaks of an organisation (then organisations' procedures are not
  /// ranked below people's).
  private let aboutOrganisation: Bool
  /// Whether the query is in English, so probably typed by a foreigner.
  private let byForeigner: Bool
  /// Whether the query speaks of foreigners or of abroad at all.
  private let aboutForeign: Bool
  /// Whether the query speaks of having the paper already (lost, damaged, wrong, expired,
  /// "lại", "đổi"): otherwise a name that re-issues or exchanges one ranks lower.
  private let aboutReissue: Bool
  /// Whether the query asks to do it online ("trực tuyến", "online", "qua mạng").
  private let aboutOnline: Bool
  /// Whether the query speaks of ending, withdrawing or giving something back.
  private let aboutEnding: Bool
  /// Every adjacent pair the query may stand for, its phrases' included.
  private let queryPairs: [Int32]

  init(analysis: QueryAnalysis, ids: QueryIDs) throws {
    let slots = analysis.slots
    let queryWords = VietnameseText.foldedSyllables(analysis.normalized)
    age = Ages.age(in: queryWords)
    aboutOrganisation = Applicants.mentionsOrganisation(queryWords)
    byForeigner = analysis.isEnglish
    aboutForeign =
      analysis.isEnglish || Applicants.mentionsForeign(queryWords)
      || analysis.expansions.contains { $0.phrases.contains { $0.contains("ngoài") } }
    var heard = Set(slots.flatMap { $0.alternatives.map(\.folded) })
    heard.formUnion(Terms.pairs(slots.map(\.reading)))
    for expansion in analysis.expansions {
      for phrase in expansion.phrases {
        let folded = phrase.map { VietnameseText.fold($0) }
        heard.formUnion(folded)
        heard.formUnion(Terms.pairs(folded))
      }
    }
    aboutReissue = !heard.isDisjoint(with: Self.reissueWords)
    aboutOnline = !heard.isDisjoint(with: Self.onlineWords)
    aboutEnding = !heard.isDisjoint(with: Self.endingWords)
    alternatives = try slots.map { slot in
      try slot.alternatives.map {
        Alternative(
          folded: try ids.term($0.folded), accented: try $0.accented.map { try ids.word($0) },
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
            terms.append((try ids.term(Terms.pair(a.folded, b.folded)), min(a.factor, b.factor)))
          }
        }
        pairs.append(((weights[i - 1] + weights[i]) / 2, terms))
      }
    }
    slotPairs = pairs
    var allPairs = Set(pairs.flatMap { $0.1.map(\.0) })
    expansions = try analysis.expansions.filter { !$0.phrases.isEmpty }.map { expansion in
      Expansion(
        range: expansion.range,
        phrases: try expansion.phrases.map { phrase in
          let folded = phrase.map { VietnameseText.fold($0) }
          return Phrase(
            folded: try folded.map { try ids.term($0) },
            accented: try phrase.map { try ids.word($0) },
            pairs: try Terms.pairs(folded).map { (try ids.term($0), try ids.pairWeight($0) * 0.3) })
        })
    }
    for expansion in expansions {
      for phrase in expansion.phrases { allPairs.formUnion(phrase.pairs.map(\.0)) }
    }
    queryPairs = allPairs.filter { $0 >= 0 }.sorted()
    var membership: [Int32: UInt64] = [:]
    for (index, phrase) in expansions.flatMap(\.phrases).enumerated() where index < 64 {
      for word in phrase.accented where word >= 0 {
        membership[word, default: 0] |= 1 << UInt64(index)
      }
    }
    phraseMembership = membership
    var folded = Array(repeating: false, count: ids.termCount + 1)
    var accented = Array(repeating: false, count: ids.wordCount + 1)
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

  /// The parts of a candidate's score.
  struct Parts {
    var coverage: Double
    var pairs: Double
    var accent: Double
    var unexplained: Double
    var fullText: Double
    var levelPrior: Double
    /// 1 for a procedure people may apply for when the query names no organisation, else 0.
    var individualPrior: Double
    /// In English: 1 for a procedure foreigners may apply for. In Vietnamese, for a name about
    /// foreigners: 1 when the query speaks of abroad, -1 when it does not. Else 0.
    var foreignerPrior: Double
    /// -1 when the name re-issues or exchanges a paper the query does not speak of having.
    var reissuePrior: Double
    /// -1 when the name ends something and the query does not speak of ending.
    var endingPrior: Double
    /// -1 when the name is the fully online variant and the query does not ask for it.
    var onlinePrior: Double
    /// -1 when the name's age range excludes the query's age, else 0.
    var ageFit: Double
    /// -1 when the name rules out what the query asks for, else 0.
    var ruledOut: Double
    /// Name words the query accounts for, only when explaining.
    var matched: [String]

    var total: Double {
      Ranking.coverageWeight * coverage + Ranking.pairWeight * pairs + Ranking.accentWeight
        * accent - Ranking.unexplainedWeight * unexplained + Ranking.fullTextWeight * fullText
        + Ranking.levelWeight * levelPrior + Ranking.ageWeight * ageFit
        + Ranking.individualWeight * individualPrior + Ranking.foreignerWeight * foreignerPrior
        + Ranking.reissueWeight * reissuePrior + Ranking.endingWeight * endingPrior
        + Ranking.onlineWeight * onlinePrior
        + Ranking.exclusionWeight * ruledOut
    }
  }

  /// The result for a scored candidate, with its explanation when asked.
  func result(_ name: CandidateName, _ parts: Parts, explain: Bool) -> SearchResult {
    SearchResult(
      code: name.code, name: name.name, levels: name.levels,
      score: (parts.total * 1000).rounded() / 1000,
      confidence: Self.confidence(
        coverage: parts.coverage, pairs: parts.pairs, unexplained: parts.unexplained),
      explanation: explain
        ? ScoreExplanation(
          nameCoverage: parts.coverage, pairHits: parts.pairs, accentMatch: parts.accent,
          unexplainedName: parts.unexplained, fullText: parts.fullText,
          levelPrior: parts.levelPrior, ageFit: parts.ageFit,
          individualPrior: parts.individualPrior, foreignerPrior: parts.foreignerPrior,
          reissuePrior: parts.reissuePrior, endingPrior: parts.endingPrior,
          onlinePrior: parts.onlinePrior,
          ruledOut: parts.ruledOut,
          matchedNameWords: parts.matched)
        : nil)
  }

  /// Scores one candidate; the matched words only when explaining.
  func score(
    _ name: CandidateName, bm25: Double, bestBM25: Double, explain: Bool
  ) -> Parts {
    /// How much a word is found in the name: fully when the accents agree (or none were
    /// typed), less when only the folded form matches ("lại" is not "lái").
    func found(_ folded: Int32, _ accented: Int32?, _ factor: Double) -> Double {
      guard name.termSet.contains(folded) else { return 0 }
      guard let accented, !name.wordSet.contains(accented) else { return factor }
      return factor * Self.accentMismatch
    }

    // Coverage of each slot by the name: literally, through a repair, or through an expansion.
    var slotCover = alternatives.map { options in
      options.reduce(0.0) { max($0, found($1.folded, $1.accented, $1.factor)) }
    }
    var activePhrases: UInt64 = 0
    var pairFound = 0.0
    var pairTotal = 0.0
    var phraseIndex = 0
    for expansion in expansions {
      var best = 0.0
      for phrase in expansion.phrases {
        defer { phraseIndex += 1 }
        var hits = 0.0
        for (word, mark) in zip(phrase.folded, phrase.accented) { hits += found(word, mark, 1) }
        let share = hits / Double(phrase.folded.count)
        best = max(best, share)
        if share == 1 {
          if phraseIndex < 64 { activePhrases |= 1 << UInt64(phraseIndex) }
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
    for (folded, mark) in accentChecks where name.termSet.contains(folded) {
      accentChecked += 1
      if name.wordSet.contains(mark) { accentMatched += 1 }
    }
    let accent = accentChecked > 0 ? Double(accentMatched) / Double(accentChecked) : 0

    // Name words the query does not account for: prefer the procedure that is exactly the need.
    // Words at the head of a name ("Cấp lại…", "Gia hạn…") say what it does and count most.
    var unexplainedWeight = 0.0
    var matched: [String] = []
    // A fitting age accounts for the words of the name that give the range.
    var ageExplained = 0..<0
    if let age, let ages = name.ages, ages.contains(age) { ageExplained = name.ageWords }
    let words = explain ? name.words.split(separator: " ").map(String.init) : []
    for index in name.termIDs.indices {
      let word = name.wordIDs[index]
      let term = name.termIDs[index]
      if (word >= 0 && explainedAccented[Int(word)]) || (term >= 0 && explainedFolded[Int(term)])
        || (activePhrases != 0 && (phraseMembership[word] ?? 0) & activePhrases != 0)
        || ageExplained.contains(index)
        || (aboutForeign && name.foreignerWords.contains(index))
      {
        if explain, index < words.count { matched.append(words[index]) }
      } else {
        unexplainedWeight += name.headWeights[index]
      }
    }
    let unexplained = name.totalHeadWeight > 0 ? unexplainedWeight / name.totalHeadWeight : 0

    let fullText = bestBM25 > 0 ? min(1, bm25 / bestBM25) : 0
    var ageFit = 0.0
    // An age rules procedures out ("dưới 14 tuổi" for a 16-year-old); it does not make one
    // more relevant ("cấp đổi căn cước" at 25 is not "cấp … từ đủ 14 tuổi").
    if let age, let ages = name.ages, !ages.contains(age) { ageFit = -1 }
    return Parts(
      coverage: coverage, pairs: pairScore, accent: accent, unexplained: unexplained,
      fullText: fullText, levelPrior: name.levelPrior,
      individualPrior: !aboutOrganisation && name.forIndividuals ? 1 : 0,
      foreignerPrior: byForeigner
        ? (name.forForeigners ? 1 : 0)
        : (name.foreignerWords.isEmpty ? 0 : aboutForeign ? 1 : -1),
      reissuePrior: !aboutReissue && name.reissues ? -1 : 0,
      endingPrior: !aboutEnding && name.ends ? -1 : 0,
      onlinePrior: name.onlineOnly && !aboutOnline ? -1 : 0,
      ageFit: ageFit,
      ruledOut: name.excludedPairs.isEmpty
        || !queryPairs.contains(where: name.excludedPairs.contains)
        ? 0 : -1,
      matched: matched)
  }

  /// Inverse document frequency (BM25's form, never negative).
  static func idf(df: Int, count: Double) -> Double {
    guard df > 0 else { return 0 }
    return log((count - Double(df) + 0.5) / (Double(df) + 0.5) + 1)
  }

  /// A clear winner keeps its confidence; one the runner-up nearly ties loses some ("Ý bạn
  /// là…?" is then the right question). Others never claim more than the winner.
  static func adjustConfidence(_ results: inout [SearchResult], runnerUp: Double?) {
    guard let top = results.first else { return }
    let margin = runnerUp.map { top.score - $0 } ?? Self.clearMargin
    let factor = 0.6 + 0.4 * min(1, max(0, margin) / Self.clearMargin)
    for i in results.indices {
      let ceiling = i == 0 ? 1 : results[0].confidence * factor
      results[i].confidence = (min(results[i].confidence * factor, ceiling) * 100).rounded() / 100
    }
  }

  /// A score lead over the runner-up that counts as clear.
  static let clearMargin = 0.5

  static func confidence(coverage: Double, pairs: Double, unexplained: Double) -> Double {
    let raw = 0.15 + 0.6 * coverage + 0.25 * pairs - 0.3 * unexplained
    return (min(1, max(0, raw)) * 100).rounded() / 100
  }
}
