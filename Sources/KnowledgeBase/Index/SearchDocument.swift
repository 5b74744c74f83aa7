import VietnameseText

/// The text of a procedure as the index sees it: folded syllables, and adjacent pairs of them
/// joined by `_` so that "hộ chiếu" (`ho_chieu`) and "hồ sơ" (`ho_so`) are distinct terms.
struct SearchDocument {
  var name: [String]
  var keywords: [String]
  var body: [String]
  /// The name's normalised syllables with their accents, for accent-aware ranking.
  var accentedName: [String]
  /// Positions in the name of notes in brackets that widen the procedure ("(áp dụng cho cả …)",
  /// "(bao gồm cả …)", "(kể cả …)"): they never narrow it, so they weigh nothing as unexplained.
  var inclusiveNotes: Set<Int> = []
  /// Adjacent pairs the name holds only inside what it rules out, "(trừ xe mô tô, xe gắn
  /// máy)": a query that asks for those is not asking for this procedure.
  var excludedPairs: [String] = []

  init(_ procedure: Procedure, abbreviations: Abbreviations) {
    accentedName = abbreviations.expand(Terms.accented(procedure.name))
    name = accentedName.map { VietnameseText.fold($0) }
    inclusiveNotes = Self.notes(
      procedure.name, opening: Self.inclusiveOpenings, abbreviations: abbreviations,
      orListing: true)
    let excluded = Self.notes(
      procedure.name, opening: [["trừ"], ["ngoại", "trừ"]], abbreviations: abbreviations)
    if !excluded.isEmpty {
      var inside = name
      var outside = name
      for index in name.indices {
        if excluded.contains(index) { outside[index] = "|" } else { inside[index] = "|" }
      }
      excludedPairs = Array(Set(Terms.pairs(inside)).subtracting(Terms.pairs(outside))).sorted()
    }
    var keywordText = procedure.keywords
    if let field = procedure.field { keywordText.append(field) }
    if let result = procedure.result { keywordText.append(result) }
    keywords = keywordText.flatMap { Terms.folded($0) + ["|"] }
    var bodyText: [String] = []
    bodyText.append(contentsOf: procedure.documents.filter { !$0.isNote }.map(\.name))
    bodyText.append(contentsOf: procedure.applicants)
    if let conditions = procedure.conditions { bodyText.append(conditions) }
    if let localNote = procedure.localNote { bodyText.append(localNote) }
    bodyText.append(contentsOf: procedure.steps)
    body = bodyText.flatMap { Terms.folded($0) + ["|"] }
  }
}

extension SearchDocument {
  static let inclusiveOpenings: [[String]] = [
    ["áp", "dụng", "cho", "cả"], ["bao", "gồm", "cả"], ["kể", "cả"],
  ]

  /// Positions of the name's notes in brackets that open with one of `openings` or, with
  /// `orListing`, that list cases ("(công trình Không theo tuyến/Theo tuyến trong đô thị/…)":
  /// two slashes or more), which widen the procedure as much as "(áp dụng cho cả …)".
  static func notes(
    _ name: String, opening openings: [[String]], abbreviations: Abbreviations,
    orListing: Bool = false
  ) -> Set<Int> {
    var result = Set<Int>()
    var from = name.startIndex
    while let open = name[from...].firstIndex(of: "(") {
      let inside = name[name.index(after: open)...]
      let close = inside.firstIndex(of: ")") ?? inside.endIndex
      let note = abbreviations.expand(Terms.accented(String(inside[..<close])))
      let listing = orListing && inside[..<close].filter { $0 == "/" }.count >= 2
      if listing || openings.contains(where: { note.starts(with: $0) }) {
        let start = abbreviations.expand(Terms.accented(String(name[..<open]))).count
        result.formUnion(start..<(start + note.count))
      }
      from = close < inside.endIndex ? inside.index(after: close) : inside.endIndex
    }
    return result
  }
}

/// Helpers shared by indexing and querying so both see the same terms.
enum Terms {
  /// Folded syllables of `text`.
  static func folded(_ text: String) -> [String] {
    numbers(VietnameseText.foldedSyllables(text))
  }

  /// Normalised syllables of `text`, accents kept.
  static func accented(_ text: String) -> [String] {
    numbers(VietnameseText.syllables(VietnameseText.normalize(text)))
  }

  /// Numbers read as numbers: "mức độ 02" is "mức 2", "Mẫu 01" is "mẫu 1".
  static func numbers(_ tokens: [String]) -> [String] {
    tokens.map { token in
      guard token.utf8.count > 1, token.utf8.first == UInt8(ascii: "0"),
        token.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
      else { return token }
      let digits = token.drop { $0 == "0" }
      return digits.isEmpty ? "0" : String(digits)
    }
  }

  /// Adjacent pairs as `a_b`; `|` marks a boundary no pair may cross.
  static func pairs(_ tokens: [String]) -> [String] {
    guard tokens.count > 1 else { return [] }
    var result: [String] = []
    result.reserveCapacity(tokens.count)
    for i in 1..<tokens.count where tokens[i] != "|" && tokens[i - 1] != "|" {
      result.append(tokens[i - 1] + "_" + tokens[i])
    }
    return result
  }

  static func pair(_ a: String, _ b: String) -> String { a + "_" + b }

  /// Where `phrase` occurs in `words`, word for word.
  static func occurrences(of phrase: [String], in words: [String]) -> [Range<Int>] {
    guard !phrase.isEmpty, words.count >= phrase.count else { return [] }
    return (0...(words.count - phrase.count)).compactMap {
      words[$0...].starts(with: phrase) ? $0..<($0 + phrase.count) : nil
    }
  }
}

/// Abbreviations in procedure names ("thẻ BHYT", "UBND cấp xã") spelt out from the synonyms, so
/// that names are matched and ranked on the words citizens and the catalogue otherwise use.
struct Abbreviations: Sendable {
  private var expansions: [String: [String]] = [:]

  init(_ synonyms: [Synonym]) {
    for synonym in synonyms {
      let meanings = synonym.means.map(Terms.accented)
      for say in synonym.say {
        let words = Terms.folded(say)
        guard words.count == 1, let word = words.first, word.count >= 2,
          !VietnameseText.isVietnameseSyllable(word), expansions[word] == nil
        else { continue }
        // The first meaning in words: "TNLĐ" means "TNLĐ, tai nạn lao động" spells out as the
        // latter (an abbreviation is no spelling out), and "TNHH" means "công ty TNHH, trách
        // nhiệm hữu hạn" as the latter (a meaning holding the abbreviation spells nothing out).
        guard
          let meaning = meanings.first(where: { meaning in
            !meaning.isEmpty && !meaning.contains { VietnameseText.fold($0) == word }
              && !(meaning.count == 1
                && !VietnameseText.isVietnameseSyllable(VietnameseText.fold(meaning[0])))
          })
        else { continue }
        expansions[word] = meaning
      }
    }
  }

  func expand(_ words: [String]) -> [String] {
    guard !expansions.isEmpty else { return words }
    return words.flatMap { expansions[VietnameseText.fold($0)] ?? [$0] }
  }
}
