import Foundation
import GRDB
import VietnameseText

/// Searches the index. Opening it is cheap (no vocabulary is loaded up front), so a one-shot
/// `troly search` process starts fast; one `Searcher` serves any number of queries.
public final class Searcher: Sendable {
  private let queue: DatabaseQueue
  private let expansions: QueryExpansions
  public let procedureCount: Int

  public init(indexAt url: URL) throws {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.label = "troly.index"
    queue = try DatabaseQueue(path: url.path, configuration: configuration)
    let meta = try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT key, value FROM meta").reduce(into: [String: String]()) {
        $0[$1[0]] = $1[1]
      }
    }
    guard meta["schema_version"] == IndexSchema.version else {
      throw IndexError.outdated(url.path)
    }
    procedureCount = Int(meta["procedures"] ?? "") ?? 0
    expansions = try JSONDecoder().decode(
      QueryExpansions.self, from: Data((meta["expansions"] ?? "{}").utf8))
  }

  /// Ranked procedures for `text`; never throws on odd input (any text is a valid query).
  public func search(_ text: String, limit: Int = 10, explain: Bool = false) throws
    -> SearchResponse
  {
    try queue.read { db in
      let vocabulary = IndexVocabulary(db: db, procedureCount: procedureCount)
      let analysis = try QueryAnalyzer(vocabulary: vocabulary, expansions: expansions).analyze(text)
      let terms = try matchTerms(analysis, vocabulary)
      guard !terms.isEmpty, limit > 0 else {
        return SearchResponse(query: text, analysis: analysis, results: [])
      }
      let candidates = try fetchCandidates(terms, db)
      var idfCache: [String: Double] = [:]
      let ranking = Ranking(analysis: analysis) { term in
        if let known = idfCache[term] { return known }
        let value = (try? vocabulary.nameWeight(term)) ?? 0
        idfCache[term] = value
        return value
      }
      let best = candidates.map(\.bm25).min() ?? 0
      var results = candidates.map { ranking.score($0, bestBM25: best) }
      results.sort { $0.score != $1.score ? $0.score > $1.score : $0.code < $1.code }
      results = Array(results.prefix(limit))
      if !explain {
        for i in results.indices { results[i].explanation = nil }
      }
      return SearchResponse(query: text, analysis: analysis, results: results)
    }
  }

  /// The merged procedure as stored in the index.
  public func procedure(code: String) throws -> Procedure? {
    try queue.read { db in
      guard let json = try String.fetchOne(
        db, sql: "SELECT json FROM procedure WHERE code = ?", arguments: [code])
      else { return nil }
      return try JSONDecoder().decode(Procedure.self, from: Data(json.utf8))
    }
  }

  /// The full-text terms: known words that are not too common, their repairs, adjacent pairs
  /// and expansion phrases. Every term is a bare `[a-z0-9_]` token, quoted: nothing typed by a
  /// citizen reaches MATCH as syntax.
  private func matchTerms(_ analysis: QueryAnalysis, _ vocabulary: IndexVocabulary) throws
    -> [String]
  {
    var terms: [String] = []
    var seen: Set<String> = []
    func add(_ term: String) throws {
      guard !term.isEmpty, seen.insert(term).inserted else { return }
      let df = try vocabulary.df(term)
      guard df > 0, df * 2 < max(procedureCount, 1) || term.contains("_") else { return }
      terms.append(term)
    }
    let slots = analysis.slots
    for slot in slots where !slot.isStopword {
      for alternative in slot.alternatives { try add(alternative.folded) }
    }
    if slots.count > 1 {
      for i in 1..<slots.count {
        for a in slots[i - 1].alternatives {
          for b in slots[i].alternatives { try add(Terms.pair(a.folded, b.folded)) }
        }
      }
    }
    for expansion in analysis.expansions {
      for phrase in expansion.phrases {
        let folded = phrase.map { VietnameseText.fold($0) }
        for word in folded { try add(word) }
        for pair in Terms.pairs(folded) { try add(pair) }
      }
    }
    return terms.filter(Self.isSafeTerm)
  }

  static func isSafeTerm(_ term: String) -> Bool {
    term.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
  }

  private func fetchCandidates(_ terms: [String], _ db: Database) throws -> [Ranking.Candidate] {
    let match = terms.map { "\"\($0)\"" }.joined(separator: " OR ")
    let weights = Ranking.columnWeights.map { String($0) }.joined(separator: ", ")
    let sql = """
      SELECT p.code, p.name, p.levels, p.name_terms, bm25(document, \(weights)) AS rank
      FROM document JOIN procedure p ON p.id = document.rowid
      WHERE document MATCH ? ORDER BY rank LIMIT \(Ranking.candidates)
      """
    return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [match]).map { row in
      Ranking.Candidate(
        code: row[0], name: row[1], levels: row[2],
        nameTerms: (row[3] as String).split(separator: " ").map(String.init), bm25: row[4])
    }
  }
}

/// Problems with the index file itself (not with a query).
public enum IndexError: Error, CustomStringConvertible {
  case outdated(String)

  public var description: String {
    switch self {
    case .outdated(let path):
      return "\(path): chỉ mục được tạo bởi phiên bản khác; hãy chạy 'troly index build'"
    }
  }
}
