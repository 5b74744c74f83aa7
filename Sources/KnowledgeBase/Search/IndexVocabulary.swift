import Foundation
import GRDB

/// Read access to the index's vocabulary: document frequencies and typo candidates.
struct IndexVocabulary {
  let db: Database
  let procedureCount: Int

  func df(_ term: String) throws -> Int {
    try Int.fetchOne(db.cachedStatement(sql: "SELECT df FROM term WHERE term = ?"), arguments: [term])
      ?? 0
  }

  /// How many procedure names hold `term`.
  func nameDF(_ term: String) throws -> Int {
    try Int.fetchOne(
      db.cachedStatement(sql: "SELECT name_df FROM term WHERE term = ?"), arguments: [term]) ?? 0
  }

  /// The weight of a query word: how well it tells procedure names apart. Words no name holds
  /// weigh 1, so they neither dominate nor vanish.
  func nameWeight(_ term: String) throws -> Double {
    let df = try nameDF(term)
    return df > 0 ? idf(df) : (try self.df(term) > 0 ? 1 : 0)
  }

  func idf(_ df: Int) -> Double {
    guard df > 0 else { return 0 }
    let n = Double(procedureCount)
    return log((n - Double(df) + 0.5) / (Double(df) + 0.5) + 1)
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
