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

    // Names and synonym phrases spell abbreviations out alike.
    let abbreviations = Abbreviations(knowledgeBase.synonyms)
    let documents = Self.prepare(knowledgeBase.procedures, abbreviations: abbreviations)
    var termCount = 0
    do {
      var configuration = Configuration()
      configuration.journalMode = .default
      let queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try db.inTransaction {
          for statement in IndexSchema.statements { try db.execute(sql: statement) }
          let postings = Postings.build(documents)
          var nameDF: [String: Int] = [:]
          for (term, entries) in postings.entries {
            nameDF[term] = entries.reduce(0) { $0 + ($1.counts.0 > 0 ? 1 : 0) }
          }
          var termIDs: [String: Int32] = [:]
          for (offset, term) in postings.entries.keys.sorted().enumerated() {
            termIDs[term] = Int32(offset + 1)
          }
          let wordIDs = try Self.insertWords(documents, db)
          try Self.insertProcedures(
            knowledgeBase.procedures, documents, NameIDs(terms: termIDs, words: wordIDs), nameDF,
            db)
          termCount = try Self.insertTerms(postings.entries, termIDs, nameDF, db)
          try db.execute(
            sql: "INSERT INTO statistic(key, data) VALUES ('field_lengths', ?)",
            arguments: [postings.lengths.withUnsafeBufferPointer { Data(buffer: $0) }])
          try Self.insertMeta(
            knowledgeBase, abbreviations, termCount: termIDs.count, wordCount: wordIDs.count, db)
          return .commit
        }
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
    _ procedures: [Procedure], _ documents: [SearchDocument], _ ids: NameIDs,
    _ nameDF: [String: Int], _ db: Database
  ) throws {
    let count = Double(max(procedures.count, 1))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let procedureStatement = try db.makeStatement(
      sql: """
        INSERT INTO procedure(
          id, code, name, name_words, name_word_ids, name_term_ids, name_pair_ids, name_weights,
          excluded_pair_ids, levels, origin, for_individuals, for_foreigners, variant_group)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let detailStatement = try db.makeStatement(
      sql: "INSERT INTO procedure_detail(id, json) VALUES (?, ?)")
    var variantGroups: [String: Int] = [:]
    for (offset, procedure) in procedures.enumerated() {
      let document = documents[offset]
      let id = offset + 1
      let variantKey = CandidateName.variantKey(document.accentedName)
      if variantGroups[variantKey] == nil { variantGroups[variantKey] = id }
      let json = String(decoding: try encoder.encode(procedure), as: UTF8.self)
      let weightless = CandidateName.weightless(document.accentedName).union(
        document.inclusiveNotes)
      let weights = document.name.indices.map { index -> Float in
        if weightless.contains(index) { return 0 }
        return Float(Ranking.idf(df: nameDF[document.name[index]] ?? 0, count: count))
      }
      try procedureStatement.execute(arguments: [
        id, procedure.code, procedure.name, document.accentedName.joined(separator: " "),
        blob(document.accentedName.map { ids.words[$0] ?? -1 }),
        blob(document.name.map { ids.terms[$0] ?? -1 }),
        // Pairs are only looked up: stored sorted, the search need not sort them.
        blob(Terms.pairs(document.name).map { ids.terms[$0] ?? -1 }.sorted()),
        weights.withUnsafeBufferPointer { Data(buffer: $0) },
        blob(document.excludedPairs.compactMap { ids.terms[$0] }.sorted()),
        procedure.levels.joined(separator: ", "), procedure.origin,
        Applicants.includesIndividuals(procedure.applicants),
        Applicants.includesForeigners(procedure.applicants),
        variantGroups[variantKey, default: id],
      ])
      try detailStatement.execute(arguments: [id, json])
    }
  }

  /// The vocabulary with document frequencies (syllables and pairs), its postings, and a
  /// deletion index of the syllables for typo repair.
  private static func insertTerms(
    _ postings: [String: [Postings.Entry]], _ termIDs: [String: Int32], _ nameDF: [String: Int],
    _ db: Database
  ) throws -> Int {
    let termStatement = try db.makeStatement(
      sql: "INSERT INTO term(term, id, df, name_df) VALUES (?, ?, ?, ?)")
    let postingStatement = try db.makeStatement(
      sql: "INSERT INTO posting(id, entries) VALUES (?, ?)")
    let typoStatement = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO typo(variant, term) VALUES (?, ?)")
    for (term, entries) in postings {
      let id = termIDs[term] ?? 0
      try termStatement.execute(arguments: [term, id, entries.count, nameDF[term] ?? 0])
      try postingStatement.execute(arguments: [id, Postings.encode(entries)])
      guard Typos.isRepairable(term) else { continue }
      for variant in VietnameseText.deletes(term, distance: 1) where variant.count >= 1 {
        try typoStatement.execute(arguments: [variant, term])
      }
      try typoStatement.execute(arguments: [term, term])
    }
    return postings.count
  }

  /// Ids of the accented words of names, for ranking by accents without hashing strings.
  private static func insertWords(_ documents: [SearchDocument], _ db: Database) throws
    -> [String: Int32]
  {
    var words = Set<String>()
    for document in documents { words.formUnion(document.accentedName) }
    var ids: [String: Int32] = [:]
    let statement = try db.makeStatement(sql: "INSERT INTO word(word, id) VALUES (?, ?)")
    for (offset, word) in words.sorted().enumerated() {
      ids[word] = Int32(offset + 1)
      try statement.execute(arguments: [word, offset + 1])
    }
    return ids
  }

  private static func insertMeta(
    _ knowledgeBase: MergedKnowledgeBase, _ abbreviations: Abbreviations, termCount: Int,
    wordCount: Int, _ db: Database
  ) throws {
    let expansions = QueryExpansions(
      synonyms: knowledgeBase.synonyms, glossary: knowledgeBase.glossary,
      abbreviations: abbreviations)
    let meta: [(String, String)] = [
      ("schema_version", IndexSchema.version),
      ("procedures", String(knowledgeBase.procedures.count)),
      ("terms", String(termCount)),
      ("words", String(wordCount)),
      ("built_at", ISO8601DateFormatter().string(from: Date())),
      ("expansions", expansions.stored),
      ("sources", knowledgeBase.sourceSummary),
    ]
    for (key, value) in meta {
      try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }
  }
}

/// Term and word ids a name is stored with.
struct NameIDs {
  var terms: [String: Int32]
  var words: [String: Int32]
}

/// Int32 values as a little-endian blob.
func blob(_ values: [Int32]) -> Data {
  values.map(\.littleEndian).withUnsafeBufferPointer { Data(buffer: $0) }
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
