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
