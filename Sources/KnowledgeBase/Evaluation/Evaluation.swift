/// Search quality over labelled queries: top-1, recall@5 and MRR@10, per category and overall.
public struct Evaluation: Sendable {
  public struct Figures: Sendable, Equatable, Codable {
    public var queries: Int
    public var top1: Double
    public var recallAt5: Double
    public var mrrAt10: Double
  }

  /// One query's outcome.
  public struct Outcome: Sendable, Codable {
    public var id: String
    public var category: String
    public var query: String
    public var expected: [String]
    public var returned: [String]
    /// 1-based rank of the first right answer within the top 10, if any.
    public var rank: Int?
    public var confidence: Double?
  }

  public var outcomes: [Outcome]

  public init(queries: [LabelledQuery], search: (String) throws -> [SearchResult]) rethrows {
    outcomes = try queries.map { query in
      let results = try search(query.query)
      let codes = results.prefix(10).map(\.code)
      let rank = codes.firstIndex { query.expectedCodes.contains($0) }.map { $0 + 1 }
      return Outcome(
        id: query.id, category: query.category, query: query.query,
        expected: query.expectedCodes, returned: codes, rank: rank,
        confidence: results.first?.confidence)
    }
  }

  public var overall: Figures { Self.figures(outcomes) }

  /// Categories in order of first appearance, with their figures.
  public var byCategory: [(category: String, figures: Figures)] {
    var order: [String] = []
    for outcome in outcomes where !order.contains(outcome.category) {
      order.append(outcome.category)
    }
    return order.map { category in
      (category, Self.figures(outcomes.filter { $0.category == category }))
    }
  }

  static func figures(_ outcomes: [Outcome]) -> Figures {
    let n = Double(max(outcomes.count, 1))
    let top1 = Double(outcomes.filter { $0.rank == 1 }.count) / n
    let recall = Double(outcomes.filter { ($0.rank ?? 99) <= 5 }.count) / n
    let mrr = outcomes.reduce(0.0) { $0 + ($1.rank.map { 1 / Double($0) } ?? 0) } / n
    return Figures(queries: outcomes.count, top1: top1, recallAt5: recall, mrrAt10: mrr)
  }
}
