import Foundation
import GRDB

/// What the index says about words, remembered for the searcher's life (the index is
/// read-only, so answers never go stale). Bounded: it starts afresh past `limit` entries.
final class VocabularyCache: @unchecked Sendable {
  private let lock = NSLock()
  private var entries: [String: IndexVocabulary.Entry?] = [:]
  private var words: [String: Int32] = [:]
  private let limit = 200_000

  func entry(_ term: String) -> IndexVocabulary.Entry?? {
    lock.lock()
    defer { lock.unlock() }
    return entries[term]
  }

  func store(_ term: String, _ entry: IndexVocabulary.Entry?) {
    lock.lock()
    defer { lock.unlock() }
    if entries.count > limit { entries.removeAll(keepingCapacity: true) }
    entries[term] = entry
  }

  func word(_ word: String) -> Int32? {
    lock.lock()
    defer { lock.unlock() }
    return words[word]
  }

  func store(word: String, _ id: Int32) {
    lock.lock()
    defer { lock.unlock() }
    if words.count > limit { words.removeAll(keepingCapacity: true) }
    words[word] = id
  }
}

/// Read access to the index's vocabulary: document frequencies and typo candidates, through the
/// searcher's cache.
final class IndexVocabulary {
  struct Entry {
    var id: Int64
    var df: Int
    var nameDF: Int
  }

  let db: Database
  let procedureCount: Int
  private let cache: VocabularyCache

  init(db: Database, procedureCount: Int, cache: VocabularyCache) {
    self.db = db
    self.procedureCount = procedureCount
    self.cache = cache
  }

  /// The term's id and frequencies, or nil when no procedure holds it.
  func entry(_ term: String) throws -> Entry? {
    if let known = cache.entry(term) { return known }
    let row = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT id, df, name_df FROM term WHERE term = ?"), arguments: [term])
    let entry = row.map { Entry(id: $0[0], df: $0[1], nameDF: $0[2]) }
    cache.store(term, entry)
    return entry
  }

  func df(_ term: String) throws -> Int { try entry(term)?.df ?? 0 }

  /// How many procedure names hold `term`.
  func nameDF(_ term: String) throws -> Int { try entry(term)?.nameDF ?? 0 }

  /// The id of an accented word some procedure name holds, or -1.
  func wordID(_ word: String) throws -> Int32 {
    if let known = cache.word(word) { return known }
    let id =
      try Int32.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM word WHERE word = ?"), arguments: [word]) ?? -1
    cache.store(word: word, id)
    return id
  }

  /// The stored postings of a term id.
  func postings(_ id: Int64) throws -> Data {
    try Data.fetchOne(
      db.cachedStatement(sql: "SELECT entries FROM posting WHERE id = ?"), arguments: [id])
      ?? Data()
  }

  /// The weight of a query word: how well it tells procedure names apart. Words no name holds
  /// weigh 1, so they neither dominate nor vanish.
  func nameWeight(_ term: String) throws -> Double {
    let df = try nameDF(term)
    return df > 0 ? idf(df) : (try self.df(term) > 0 ? 1 : 0)
  }

  func idf(_ df: Int) -> Double {
    Ranking.idf(df: df, count: Double(procedureCount))
  }

  /// Vocabulary syllables within one edit of `term` (SymSpell lookup over the deletion index).
  func neighbours(of term: String, variants: Set<String>) throws -> [String] {
    var result: Set<String> = []
    let statement = try db.cachedStatement(sql: "SELECT term FROM typo WHERE variant = ?")
    for variant in variants {
      for candidate in try String.fetchAll(statement, arguments: [variant]) where candidate != term
      {
        result.insert(candidate)
      }
    }
    return result.sorted()
  }
}

/// Resolves the query's words to the ids names are stored with.
struct QueryIDs {
  let vocabulary: IndexVocabulary
  let termCount: Int
  let wordCount: Int

  init(_ vocabulary: IndexVocabulary, counts: (terms: Int, words: Int)) {
    self.vocabulary = vocabulary
    termCount = counts.terms
    wordCount = counts.words
  }

  func term(_ term: String) throws -> Int32 { Int32(try vocabulary.entry(term)?.id ?? -1) }
  func word(_ word: String) throws -> Int32 { try vocabulary.wordID(word) }
  func pairWeight(_ pair: String) throws -> Double { try vocabulary.nameWeight(pair) }
}
