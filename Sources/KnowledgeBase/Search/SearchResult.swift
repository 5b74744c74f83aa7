/// One ranked procedure.
public struct SearchResult: Sendable, Codable, Equatable {
  public var code: String
  public var name: String
  public var levels: String
  public var score: Double
  /// How sure the search is that this is what the citizen means, 0…1.
  public var confidence: Double
  /// Score parts, filled with `explain`.
  public var explanation: ScoreExplanation?
}

/// Why a result ranks where it does.
public struct ScoreExplanation: Sendable, Codable, Equatable {
  /// Weighted share of the query's words found in the name (with repairs and expansions).
  public var nameCoverage: Double
  /// Weighted share of the query's adjacent word pairs found adjacent in the name.
  public var pairHits: Double
  /// Share of accented query words matched with the same accents.
  public var accentMatch: Double
  /// Weighted share of the name's words the query does not account for.
  public var unexplainedName: Double
  /// The full-text score over all fields (bm25), relative to the best candidate.
  public var fullText: Double
  /// Preference for procedures done at the city's one-stop centres (province or commune).
  public var levelPrior: Double
  /// -1 when the name's age range excludes the age the query gives, else 0.
  public var ageFit: Double
  /// 1 for a procedure people may apply for when the query names no organisation, else 0.
  public var individualPrior: Double
  /// In English: 1 for a procedure foreigners may apply for. In Vietnamese, for a name about
  /// foreigners: 1 when the query speaks of abroad, -1 when it does not. Else 0.
  public var foreignerPrior: Double
  /// -1 for a name that re-issues or exchanges a paper when the query says nothing of having
  /// one, else 0.
  public var reissuePrior: Double
  /// -1 for a name that ends, withdraws or revokes something when the query speaks of nothing
  /// of the kind, else 0.
  public var endingPrior: Double
  /// -1 for the fully online variant of a procedure ("trực tuyến toàn trình") when the query
  /// does not ask to do it online, else 0.
  public var onlinePrior: Double
  /// -1 when the name rules out what the query asks for ("trừ xe mô tô, xe gắn máy"), else 0.
  public var ruledOut: Double
  /// Name words the query matched.
  public var matchedNameWords: [String]
}

/// The answer to one query.
public struct SearchResponse: Sendable {
  public var query: String
  public var analysis: QueryAnalysis
  public var results: [SearchResult]
}
