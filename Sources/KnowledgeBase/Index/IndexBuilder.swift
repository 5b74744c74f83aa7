import Foundation
import GRDB
import VietnameseText

/// Writes the search index for a merged knowledge base. The index is written to a temporary file
/// beside the destination and renamed into place, so readers never see a half-built index and a
/// failed build leaves the previous one untouched.
public struct IndexBuilder {
  public init() {}

  /// Figures of a finished build.
  public struct Summary: Sendable {
    public var procedures: Int
    public var terms: Int
    public var seconds: Double
  }

  public func build(_ knowledgeBase: MergedKnowledgeBase, at destination: URL) throws -> Summary {
    let start = Date()
    let fm = FileManager.default
    try fm.createDirectory(
      at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
    let temporary = destination.deletingLastPathComponent().appendingPathComponent(
      ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try? fm.removeItem(at: temporary)
    defer { try? fm.removeItem(at: temporary) }

    let documents = Self.prepare(
      knowledgeBase.procedures, abbreviations: Abbreviations(knowledgeBase.synonyms))
    var termCount = 0
    do {
      var configuration = Configuration()
      configuration.journalMode = .default
      let queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try db.inTransaction {
          for statement in IndexSchema.statements { try db.execute(sql: statement) }
          try Self.insertProcedures(knowledgeBase.procedures, documents, db)
          termCount = try Self.insertTerms(documents, db)
          try Self.insertMeta(knowledgeBase, db)
          return .commit
        }
        try db.execute(sql: "INSERT INTO document(document) VALUES('optimize')")
        try db.execute(sql: "VACUUM")
      }
      try queue.close()
    }
    // rename(2) replaces the old index atomically: readers see the old file or the new one.
    guard rename(temporary.path, destination.path) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
    }
    return Summary(
      procedures: knowledgeBase.procedures.count, terms: termCount,
      seconds: Date().timeIntervalSince(start))
  }

  /// Text preparation is the costly part: it runs on all cores.
  static func prepare(
    _ procedures: [Procedure], abbreviations: Abbreviations
  ) -> [SearchDocument] {
    let count = procedures.count
    let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, count))
    let results = UnsafeSendableBuffer<SearchDocument>(count: count)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var i = chunk
      while i < count {
        results.set(i, SearchDocument(procedures[i], abbreviations: abbreviations))
        i += chunks
      }
    }
    return results.values.compactMap { $0 }
  }

  private static func insertProcedures(
    _ procedures: [Procedure], _ documents: [SearchDocument], _ db: Database
  ) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let procedureStatement = try db.makeStatement(
      sql: """
        INSERT INTO procedure(id, code, name, name_terms, levels, origin, json)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let documentStatement = try db.makeStatement(
      sql: """
        INSERT INTO document(rowid, \(IndexSchema.ftsColumns.joined(separator: ", ")))
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for (offset, procedure) in procedures.enumerated() {
      let document = documents[offset]
      let id = offset + 1
      let json = String(decoding: try encoder.encode(procedure), as: UTF8.self)
      try procedureStatement.execute(arguments: [
        id, procedure.code, procedure.name, document.accentedName.joined(separator: " "),
        procedure.levels.joined(separator: ", "), procedure.origin, json,
      ])
      try documentStatement.execute(arguments: [
        id, Terms.column(document.name), Terms.pairs(document.name).joined(separator: " "),
        Terms.column(document.keywords) + " " + Terms.pairs(document.keywords).joined(separator: " "),
        Terms.column(document.body), Terms.pairs(document.body).joined(separator: " "),
      ])
    }
  }

  /// The vocabulary with document frequencies (syllables and pairs), and a deletion index of the
  /// syllables for typo repair.
  private static func insertTerms(_ documents: [SearchDocument], _ db: Database) throws -> Int {
    var frequency: [String: Int] = [:]
    var nameFrequency: [String: Int] = [:]
    for document in documents {
      for term in Set(document.name + Terms.pairs(document.name)) {
        nameFrequency[term, default: 0] += 1
      }
      var seen: Set<String> = []
      for tokens in [document.name, document.keywords, document.body] {
        for token in tokens where token != "|" { seen.insert(token) }
        for pair in Terms.pairs(tokens) { seen.insert(pair) }
      }
      for term in seen { frequency[term, default: 0] += 1 }
    }
    let termStatement = try db.makeStatement(sql: "INSERT INTO term(term, df, name_df) VALUES (?, ?, ?)")
    let typoStatement = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO typo(variant, term) VALUES (?, ?)")
    for (term, df) in frequency {
      try termStatement.execute(arguments: [term, df, nameFrequency[term] ?? 0])
      guard Typos.isRepairable(term) else { continue }
      for variant in VietnameseText.deletes(term, distance: 1) where variant.count >= 1 {
        try typoStatement.execute(arguments: [variant, term])
      }
      try typoStatement.execute(arguments: [term, term])
    }
    return frequency.count
  }

  private static func insertMeta(_ knowledgeBase: MergedKnowledgeBase, _ db: Database) throws {
    let encoder = JSONEncoder()
    let expansions = QueryExpansions(
      synonyms: knowledgeBase.synonyms, glossary: knowledgeBase.glossary)
    let meta: [(String, String)] = [
      ("schema_version", IndexSchema.version),
      ("procedures", String(knowledgeBase.procedures.count)),
      ("built_at", ISO8601DateFormatter().string(from: Date())),
      ("expansions", String(decoding: try encoder.encode(expansions), as: UTF8.self)),
      ("sources", knowledgeBase.sourceSummary),
    ]
    for (key, value) in meta {
      try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }
  }
}

/// A fixed-size buffer written at distinct indices from `concurrentPerform` workers.
final class UnsafeSendableBuffer<Element>: @unchecked Sendable {
  private var storage: [Element?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Element) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  var values: [Element?] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}
