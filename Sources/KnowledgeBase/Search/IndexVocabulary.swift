import Foundation
import GRDB

/// Read access to the index's vocabulary: document frequencies and typo candidates. One is made
/// per query; it remembers what it looked up, since analysis asks about the same words often.
final class IndexVocabulary {
  struct Entry {
    var id: Int64
    var df: Int
    var nameDF: Int
  }

  let db: Database
  let procedureCount: Int
  private var cache: [String: Entry?] = [:]

  init(db: Database, procedureCount: Int) {
    self.db = db
    self.procedureCount = procedureCount
  }

  /// The term's id and frequencies, or nil when no procedure holds it.
  func entry(_ term: String) throws -> Entry? {
    if let known = cache[term] { return known }
    let row = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT id, df, name_df FROM term WHERE term = ?"), arguments: [term])
    let entry = row.map { Entry(id: $0[0], df: $0[1], nameDF: $0[2]) }
    cache[term] = entry
    return entry
  }

  func df(_ term: String) throws -> Int { try entry(term)?.df ?? 0 }

  /// How many procedure names hold `term`.
  func nameDF(_ term: String) throws -> Int { try entry(term)?.nameDF ?? 0 }

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
      for candidate in try String.fetchAll(statement, arguments: [variant]) where candidate != term {
        result.insert(candidate)
      }
    }
    return result.sorted()
  }
}
