import Foundation

/// The inverted index: for every term (folded syllable or `a_b` pair), the procedures holding it
/// with its count in each field. Stored in SQLite as one blob per term and scored in Swift
/// (BM25F): FTS5's `bm25()` over the ~2,000 procedures a query of common Vietnamese syllables
/// matches costs ten times the per-query budget.
enum Postings {
  /// Fields in scoring order, with their BM25F weights.
  enum Field: Int, CaseIterable {
    case name, keywords, body

    var weight: Double {
      switch self {
      case .name: return 10
      case .keywords: return 4
      case .body: return 1
      }
    }

    /// Length normalisation strength (BM25's b).
    var b: Double { self == .body ? 0.75 : 0.5 }
  }

  static let k1 = 1.2
  /// Bytes per entry: procedure id (UInt32, little-endian) and one count byte per field.
  static let entrySize = 8

  struct Entry {
    var procedure: UInt32
    var counts: (UInt8, UInt8, UInt8)
  }

  static func encode(_ entries: [Entry]) -> Data {
    var bytes = [UInt8](repeating: 0, count: entries.count * entrySize)
    for (index, entry) in entries.enumerated() {
      let offset = index * entrySize
      withUnsafeBytes(of: entry.procedure.littleEndian) { raw in
        for i in 0..<4 { bytes[offset + i] = raw[i] }
      }
      bytes[offset + 4] = entry.counts.0
      bytes[offset + 5] = entry.counts.1
      bytes[offset + 6] = entry.counts.2
    }
    return Data(bytes)
  }

  /// Builds every term's entries and each procedure's field lengths (procedure ids from 1).
  static func build(_ documents: [SearchDocument]) -> (
    entries: [String: [Entry]], lengths: [Float]
  ) {
    var entries: [String: [Entry]] = [:]
    var lengths = [Float](repeating: 0, count: (documents.count + 1) * 3)
    for (index, document) in documents.enumerated() {
      let id = UInt32(index + 1)
      var counts: [String: (UInt8, UInt8, UInt8)] = [:]
      let fields = [document.name, document.keywords, document.body]
      for (field, tokens) in fields.enumerated() {
        var length = 0
        for token in tokens where token != "|" {
          length += 1
          bump(&counts, token, field)
        }
        for pair in Terms.pairs(tokens) { bump(&counts, pair, field) }
        lengths[Int(id) * 3 + field] = Float(length)
      }
      for (term, count) in counts {
        entries[term, default: []].append(Entry(procedure: id, counts: count))
      }
    }
    return (entries, lengths)
  }

  private static func bump(
    _ counts: inout [String: (UInt8, UInt8, UInt8)], _ term: String, _ field: Int
  ) {
    var value = counts[term] ?? (0, 0, 0)
    switch field {
    case 0: value.0 = value.0 &+ (value.0 < 255 ? 1 : 0)
    case 1: value.1 = value.1 &+ (value.1 < 255 ? 1 : 0)
    default: value.2 = value.2 &+ (value.2 < 255 ? 1 : 0)
    }
    counts[term] = value
  }
}

/// BM25F over the stored postings, for one query at a time.
struct PostingsScorer {
  /// Field lengths, three per procedure id (index 0 unused).
  let lengths: [Float]
  let averages: [Double]
  let procedureCount: Int

  init(lengths: [Float], procedureCount: Int) {
    self.lengths = lengths
    self.procedureCount = procedureCount
    var sums = [0.0, 0.0, 0.0]
    for id in 1...max(procedureCount, 1) where id * 3 + 2 < lengths.count {
      for field in 0..<3 { sums[field] += Double(lengths[id * 3 + field]) }
    }
    averages = sums.map { max($0 / Double(max(procedureCount, 1)), 1) }
  }

  /// The best `limit` procedures for terms given as (postings blob, idf), best first.
  func top(_ terms: [(entries: Data, idf: Double)], limit: Int) -> [(id: Int, score: Double)] {
    var scores = [Double](repeating: 0, count: procedureCount + 1)
    var touched: [Int] = []
    let fields = Postings.Field.allCases
    for (blob, idf) in terms {
      blob.withUnsafeBytes { raw in
        let count = raw.count / Postings.entrySize
        for i in 0..<count {
          let offset = i * Postings.entrySize
          let id = Int(
            UInt32(raw[offset]) | UInt32(raw[offset + 1]) << 8 | UInt32(raw[offset + 2]) << 16
              | UInt32(raw[offset + 3]) << 24)
          guard id > 0, id <= procedureCount else { continue }
          var weighted = 0.0
          for field in fields {
            let tf = Double(raw[offset + 4 + field.rawValue])
            guard tf > 0 else { continue }
            let length = Double(lengths[id * 3 + field.rawValue])
            let norm = 1 - field.b + field.b * length / averages[field.rawValue]
            weighted += field.weight * tf / norm
          }
          if scores[id] == 0 { touched.append(id) }
          scores[id] += idf * weighted / (Postings.k1 + weighted)
        }
      }
    }
    var ranked = touched.map { (id: $0, score: scores[$0]) }
    if ranked.count > limit {
      ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
      ranked.removeLast(ranked.count - limit)
    } else {
      ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
    return ranked
  }
}
