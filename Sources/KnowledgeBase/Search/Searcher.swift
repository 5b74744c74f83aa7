import Foundation
import GRDB
import VietnameseText

/// Searches the index. Opening it is cheap (no vocabulary is loaded up front), so a one-shot
/// `troly search` process starts fast; one `Searcher` serves any number of queries.
public final class Searcher: Sendable {
  private let queue: DatabaseQueue
  private let vietnamese: QueryExpansions.Index
  private let english: QueryExpansions.Index
  private let names = NameCache()
  private let vocabularyCache = VocabularyCache()
  private let scorer: PostingsScorer
  private let counts: (terms: Int, words: Int)
  public let procedureCount: Int

  public init(indexAt url: URL) throws {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.label = "troly.index"
    configuration.prepareDatabase { db in
      // Map the file instead of reading pages through syscalls; keep hot pages cached.
      try db.execute(sql: "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32768")
    }
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
    counts = (Int(meta["terms"] ?? "") ?? 0, Int(meta["words"] ?? "") ?? 0)
    let lengths = try queue.read { db in
      try Data.fetchOne(db, sql: "SELECT data FROM statistic WHERE key = 'field_lengths'")
    }
    let fieldLengths = (lengths ?? Data()).withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
    scorer = PostingsScorer(lengths: fieldLengths, procedureCount: procedureCount)
    let expansions = QueryExpansions(stored: meta["expansions"] ?? "")
    vietnamese = QueryExpansions.Index(expansions.vietnamese, maxGaps: Ranking.synonymGaps)
    english = QueryExpansions.Index(expansions.english)
  }

  /// Ranked procedures for `text`; never throws on odd input (any text is a valid query).
  public func search(_ text: String, limit: Int = 10, explain: Bool = false) throws
    -> SearchResponse
  {
    try queue.read { db in
      let vocabulary = vocabulary(db)
      let analysis = try analyze(text, vocabulary)
      let terms = try matchTerms(analysis, vocabulary)
      guard !terms.isEmpty, limit > 0 else {
        return SearchResponse(query: text, analysis: analysis, results: [])
      }
      let candidates = try fetchCandidates(terms, vocabulary, db)
      let ranking = try Ranking(analysis: analysis, ids: QueryIDs(vocabulary, counts: counts))
      let best = candidates.map(\.bm25).max() ?? 0
      var scored = candidates.map {
        (
          name: $0.name,
          parts: ranking.score($0.name, bm25: $0.bm25, bestBM25: best, explain: explain)
        )
      }.map { ($0.name, $0.parts, ($0.parts.total * 1000).rounded() / 1000) }
      scored.sort { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0.code < $1.0.code }
      var results = scored.prefix(limit).map { ranking.result($0.0, $0.1, explain: explain) }
      // The runner-up is another procedure, not the same one at another level.
      let runnerUp = scored.dropFirst().first { $0.0.variantGroup != scored[0].0.variantGroup }
      Ranking.adjustConfidence(&results, runnerUp: runnerUp?.2)
      return SearchResponse(query: text, analysis: analysis, results: results)
    }
  }

  /// Whether `text` reads as English, as `search` reads it.
  public func isEnglish(_ text: String) -> Bool {
    let analysis = try? queue.read { db in try analyze(text, vocabulary(db)) }
    return analysis?.isEnglish ?? false
  }

  private func vocabulary(_ db: Database) -> IndexVocabulary {
    IndexVocabulary(db: db, procedureCount: procedureCount, cache: vocabularyCache)
  }

  /// How the search reads `text`: normalised, repaired, expanded.
  private func analyze(_ text: String, _ vocabulary: IndexVocabulary) throws -> QueryAnalysis {
    try QueryAnalyzer(vocabulary: vocabulary, vietnamese: vietnamese, english: english)
      .analyze(text)
  }

  /// The merged procedure as stored in the index.
  public func procedure(code: String) throws -> Procedure? {
    try queue.read { db in
      guard
        let json = try String.fetchOne(
          db,
          sql: """
            SELECT d.json FROM procedure p JOIN procedure_detail d ON d.id = p.id WHERE p.code = ?
            """, arguments: [code])
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
    var candidates: [(term: String, df: Int)] = []
    var seen: Set<String> = []
    func add(_ term: String) throws {
      guard !term.isEmpty, seen.insert(term).inserted else { return }
      let df = try vocabulary.df(term)
      if df > 0 { candidates.append((term, df)) }
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
    // Terms most procedures hold cost time and tell little; small indexes keep them all. When
    // every term is common ("hộ chiếu" is in many document lists), the rarest few still count.
    let limit = max(Double(procedureCount) * Ranking.commonTermShare, 50)
    let selective = candidates.filter { Double($0.df) < limit }.map(\.term)
    if !selective.isEmpty { return selective }
    return candidates.sorted { $0.df < $1.df }.prefix(4).map(\.term)
  }

  private func fetchCandidates(
    _ terms: [String], _ vocabulary: IndexVocabulary, _ db: Database
  ) throws -> [(name: CandidateName, bm25: Double)] {
    var postings: [(entries: Data, idf: Double)] = []
    for term in terms {
      guard let entry = try vocabulary.entry(term) else { continue }
      postings.append((try vocabulary.postings(entry.id), vocabulary.idf(entry.df)))
    }
    let hits = scorer.top(postings, limit: Ranking.candidates)
    let known = try names.names(for: hits.map { Int64($0.id) }, db)
    return hits.compactMap { hit in known[Int64(hit.id)].map { ($0, hit.score) } }
  }
}

/// Prepared procedure names, read from the index on first use and kept.
final class NameCache: @unchecked Sendable {
  private let lock = NSLock()
  private var cache: [Int64: CandidateName] = [:]

  func names(for ids: [Int64], _ db: Database) throws -> [Int64: CandidateName] {
    lock.lock()
    defer { lock.unlock() }
    let missing = ids.filter { cache[$0] == nil }
    if !missing.isEmpty {
      // One cached statement with the ids as a JSON array: an "IN (1, 2, …)" list is new SQL
      // every query, and preparing it (GRDB authorises every column) cost more than reading
      // the rows. A cursor reads each row in place.
      let statement = try db.cachedStatement(
        sql: """
          SELECT id, code, name, levels, name_words, name_word_ids, name_term_ids, name_pair_ids,
            name_weights, for_individuals, for_foreigners, variant_group, excluded_pair_ids
          FROM procedure WHERE id IN (SELECT value FROM json_each(?))
          """)
      let list = "[" + missing.map { String($0) }.joined(separator: ",") + "]"
      let rows = try Row.fetchCursor(statement, arguments: [list])
      while let row = try rows.next() {
        cache[row[0]] = CandidateName(
          code: row[1], name: row[2], levels: row[3], words: row[4],
          wordIDs: try Self.int32s(row, 5), termIDs: try Self.int32s(row, 6),
          pairIDs: try Self.int32s(row, 7),
          weights: try row.withUnsafeData(atIndex: 8) { CandidateName.floats($0 ?? Data()) },
          forIndividuals: row[9], forForeigners: row[10], variantGroup: row[11],
          excludedPairIDs: try Self.int32s(row, 12))
      }
    }
    var result: [Int64: CandidateName] = [:]
    for id in ids { result[id] = cache[id] }
    return result
  }

  /// A blob column of ids, read in place.
  private static func int32s(_ row: Row, _ index: Int) throws -> [Int32] {
    try row.withUnsafeData(atIndex: index) { CandidateName.int32s($0 ?? Data()) }
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
