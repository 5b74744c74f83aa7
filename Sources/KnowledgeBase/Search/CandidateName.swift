import Foundation

/// A procedure's name prepared for ranking, from ids stored in the index: re-ranking a candidate
/// is integer look-ups only (hashing accented Swift strings is slow).
final class CandidateName: Sendable {
  let code: String
  let name: String
  let levels: String
  /// Normalised syllables joined by spaces, accents kept (abbreviations spelt out); split only
  /// to explain a result.
  let words: String
  /// Per name word: the accented word's id and the folded term's id.
  let wordIDs: [Int32]
  let termIDs: [Int32]
  let wordSet: SortedIDs
  let termSet: SortedIDs
  let pairs: SortedIDs
  /// Each word's weight as an unexplained word: name IDF, less for words far from the head,
  /// nothing for words that mark the default case.
  let headWeights: [Double]
  let totalHeadWeight: Double
  let levelPrior: Double
  /// The applicant's ages the name is for ("dưới 14 tuổi"), when it says, and the words that
  /// say it.
  let ages: ClosedRange<Int>?
  let ageWords: Range<Int>
  /// Where the name speaks of foreigners: "người nước ngoài", "có yếu tố nước ngoài", foreign
  /// bodies ("tổ chức nước ngoài", "công ty luật nước ngoài"); a foreigner typing English is
  /// one, and their case has a foreign element.
  let foreignerWords: Set<Int>
  /// Whether people (not only organisations) may apply.
  let forIndividuals: Bool
  /// Whether foreigners may apply.
  let forForeigners: Bool
  /// The same for the variants of one procedure at several levels (the id of the first).
  let variantGroup: Int64
  /// Pairs the name holds only in what it rules out, "(trừ xe mô tô, xe gắn máy)".
  let excludedPairs: SortedIDs
  /// Whether the name opens by re-issuing, exchanging or adjusting a paper or decision the
  /// citizen has: "Cấp lại…", "Cấp đổi…", "Đổi…", "Đăng ký lại…", "Điều chỉnh…".
  let reissues: Bool
  /// Whether the name is the fully online variant: "… bằng dịch vụ công trực tuyến toàn trình".
  let onlineOnly: Bool
  /// Whether the name ends, withdraws or revokes something: "Chấm dứt…", "Thu hồi…", "Hủy…",
  /// "Rút…" (after "Thủ tục").
  let ends: Bool

  init(
    code: String, name: String, levels: String, words: String, wordIDs: [Int32],
    termIDs: [Int32], pairIDs: [Int32], weights: [Float], forIndividuals: Bool = true,
    forForeigners: Bool = false, variantGroup: Int64 = 0, excludedPairIDs: [Int32] = []
  ) {
    excludedPairs = SortedIDs(excludedPairIDs)
    self.code = code
    self.name = name
    self.levels = levels
    self.words = words
    self.wordIDs = wordIDs
    self.termIDs = termIDs
    wordSet = SortedIDs(wordIDs)
    termSet = SortedIDs(termIDs)
    pairs = SortedIDs(pairIDs)
    let headWeights = weights.enumerated().map { index, weight in
      Double(weight) / (1 + Double(index) / Ranking.headLength)
    }
    self.headWeights = headWeights
    totalHeadWeight = headWeights.reduce(0, +)
    let head = Self.head(words)
    reissues = Self.reissues(head: head)
    onlineOnly = Self.holds(words, "toàn trình")
    ends = Self.ends(head: head)
    levelPrior = Self.levelPrior(levels, name: words)
    // Only names that speak of an age are split and folded (a cold batch prepares thousands).
    let agePhrase =
      Self.holds(words, "tuổi")
      ? Ages.phrase(inName: words.split(separator: " ").map(String.init)) : nil
    ages = agePhrase?.ages
    ageWords = agePhrase?.words ?? 0..<0
    // Every foreigner phrase ends in "nước ngoài": one scan rules most names out.
    foreignerWords =
      Self.holds(words, "nước ngoài") && Self.foreignerTexts.contains { Self.holds(words, $0) }
      ? Self.foreignerWords(words) : []
    self.forIndividuals = forIndividuals
    self.forForeigners = forForeigners
    self.variantGroup = variantGroup
  }

  static func int32s(_ data: Data) -> [Int32] {
    data.withUnsafeBytes { raw in
      (0..<raw.count / 4).map {
        Int32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self))
      }
    }
  }

  static func floats(_ data: Data) -> [Float] {
    data.withUnsafeBytes { raw in
      (0..<raw.count / 4).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: Float.self) }
    }
  }

  /// Name words that weigh nothing as unexplained words:
  /// - those that mark the default case ("cấp mới", "lần đầu", "đăng ký thành lập", "tại / ở Việt
  ///   Nam", "ở trong nước"): a query that names no case means this one;
  /// - the "Thủ tục" that opens many names, and the note of the level;
  /// - people named as the audience, the list right after "đối với" ("đối với hộ gia đình, cá
  ///   nhân, …"): a citizen at the kiosk is one.
  static func weightless(_ words: [String]) -> Set<Int> {
    var result = levelNote(words).union(channelNote(words))
    for phrase in [
      ["mới"], ["lần", "đầu"], ["tại", "việt", "nam"], ["ở", "việt", "nam"],
      ["ở", "trong", "nước"],
    ] {
      for range in Terms.occurrences(of: phrase, in: words) { result.formUnion(range) }
    }
    for range in Terms.occurrences(of: ["đăng", "ký", "thành", "lập"], in: words) {
      result.formUnion((range.lowerBound + 2)..<range.upperBound)
    }
    for range in Terms.occurrences(of: ["đối", "với"], in: words) {
      var next = range.upperBound
      while let person = [["cá", "nhân"], ["hộ", "gia", "đình"], ["công", "dân"], ["và"]].first(
        where: { words[next...].starts(with: $0) })
      {
        result.formUnion(next..<(next + person.count))
        next += person.count
      }
    }
    if words.count > 2, words[0] == "thủ", words[1] == "tục" { result.formUnion(0..<2) }
    return result
  }

  /// The words that only say at which level a variant is done: "(thực hiện tại cấp tỉnh)"
  /// anywhere, "(cấp xã)" at the end. The level prior ranks levels; as unexplained words they
  /// would push every variant of a procedure below a lookalike that happens to have no note.
  static func levelNote(_ words: [String]) -> Set<Int> {
    var result = Set<Int>()
    for level in [["tỉnh"], ["tinh"], ["xã"], ["huyện"], ["bộ"], ["tw"], ["trung", "ương"]] {
      for range in Terms.occurrences(of: ["cấp"] + level, in: words) {
        let note = (range.lowerBound - 3)..<range.lowerBound
        if note.lowerBound >= 0, words[note.lowerBound] == "thực",
          words[note.lowerBound + 1] == "hiện", ["tại", "ở"].contains(words[note.upperBound - 1])
        {
          result.formUnion(note.lowerBound..<range.upperBound)
        } else if range.upperBound == words.count {
          result.formUnion(range)
        }
      }
    }
    return result
  }

  /// The words that only say a variant is done in person: "(thực hiện) bằng dịch vụ công (trực
  /// tuyến) một phần hoặc trực tiếp (thực hiện tại cấp trung ương, cấp tỉnh, cấp xã)". A citizen
  /// at the kiosk is there in person; the fully online twin ("trực tuyến toàn trình") is not
  /// what they came for unless they say so.
  static func channelNote(_ words: [String]) -> Set<Int> {
    var result = Set<Int>()
    for range in Terms.occurrences(of: ["một", "phần", "hoặc", "trực", "tiếp"], in: words) {
      var start = range.lowerBound
      for before in [["trực", "tuyến"], ["dịch", "vụ", "công"], ["bằng"], ["thực", "hiện"]] {
        if start >= before.count, Array(words[(start - before.count)..<start]) == before {
          start -= before.count
        }
      }
      guard start < range.lowerBound else { continue }
      var end = range.upperBound
      while end < words.count, Self.levelWords.contains(words[end]) { end += 1 }
      result.formUnion(start..<end)
    }
    return result
  }

  private static let levelWords: Set<String> = [
    "thực", "hiện", "tại", "cấp", "trung", "ương", "tỉnh", "xã",
  ]

  /// The name without its note of the level: variants of one procedure at several levels
  /// share it.
  static func variantKey(_ words: [String]) -> String {
    let note = levelNote(words)
    return words.indices.filter { !note.contains($0) }.map { words[$0] }.joined(separator: " ")
  }

  /// Whether `text` holds `part`, byte for byte (Foundation's `contains` folds Unicode, and a
  /// cold batch asks it of thousands of names).
  static func holds(_ text: String, _ part: String) -> Bool {
    var text = text
    var part = part
    return text.withUTF8 { text in
      part.withUTF8 { part in
        guard let first = part.first, text.count >= part.count else { return part.isEmpty }
        var i = 0
        while i <= text.count - part.count {
          if text[i] == first {
            var j = 1
            while j < part.count, text[i + j] == part[j] { j += 1 }
            if j == part.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }

  private static let foreignerPhrases = [
    ["người", "nước", "ngoài"], ["có", "yếu", "tố", "nước", "ngoài"],
    ["tổ", "chức", "nước", "ngoài"], ["cá", "nhân", "nước", "ngoài"],
    ["công", "ty", "luật", "nước", "ngoài"], ["luật", "sư", "nước", "ngoài"],
    ["ngân", "hàng", "nước", "ngoài"], ["thương", "nhân", "nước", "ngoài"],
    ["nhà", "đầu", "tư", "nước", "ngoài"], ["nhà", "thầu", "nước", "ngoài"],
    ["trọng", "tài", "nước", "ngoài"],
  ]
  private static let foreignerTexts = foreignerPhrases.map { $0.joined(separator: " ") }

  private static func foreignerWords(_ name: String) -> Set<Int> {
    let words = name.split(separator: " ").map(String.init)
    var result = Set<Int>()
    for phrase in foreignerPhrases {
      for range in Terms.occurrences(of: phrase, in: words) { result.formUnion(range) }
    }
    return result
  }

  /// Whether "lại" is among the first four words of `words` (after "Thủ tục"), "đổi" among
  /// the first two, or it opens with "điều chỉnh"; not when it issues too ("Cấp, cấp lại…").
  static func reissues(_ words: String) -> Bool { reissues(head: head(words)) }

  private static func reissues(head: [ArraySlice<UInt8>]) -> Bool {
    // "Cấp, cấp lại…", "Đăng ký, đăng ký lại…": the first issue too.
    if head.count > 1, head[0] == head[1] { return false }
    if head.count > 3, head[0] == head[2], head[1] == head[3] { return false }
    return head.contains(Head.again) || head.prefix(2).contains(Head.exchange)
      || head.starts(with: Head.adjust)
  }

  /// Whether `words` (a normalised name) opens by ending something: "Chấm dứt…", "Thu hồi…",
  /// "Hủy…", "Rút…" (after "Thủ tục").
  static func ends(_ words: String) -> Bool { ends(head: head(words)) }

  private static func ends(head: [ArraySlice<UInt8>]) -> Bool {
    Head.endings.contains { head.starts(with: $0) }
  }

  /// The first four words of a normalised name after its "Thủ tục", as bytes: read byte for
  /// byte, as it runs for every candidate loaded.
  private static func head(_ words: String) -> [ArraySlice<UInt8>] {
    let bytes = Array(words.utf8.prefix(64))
    var head = bytes.split(separator: UInt8(ascii: " "), maxSplits: 6).prefix(6)
    if head.starts(with: Head.procedure) { head = head.dropFirst(2) }
    return Array(head.prefix(4))
  }

  /// Words of a name's head, as bytes, made once.
  private enum Head {
    static func words(_ text: String) -> [ArraySlice<UInt8>] {
      text.split(separator: " ").map { Array($0.utf8)[...] }
    }
    static let procedure = words("thủ tục")
    static let again = words("lại")[0]
    static let exchange = words("đổi")[0]
    static let adjust = words("điều chỉnh")
    static let endings = ["chấm dứt", "thu hồi", "hủy", "huỷ", "rút"].map(words)
  }

  /// Procedures a citizen can do at the city's one-stop centres (commune, then province level)
  /// come first among equals. Since 2025 there are no districts: a name (its normalised words)
  /// still done "tại cấp huyện" is a stale copy of its commune-level twin, which the portal also
  /// lists.
  static func levelPrior(_ levels: String, name: String) -> Double {
    // "Cấp xã", "Cấp tỉnh", "Cơ quan khác": the telling word is lower case already.
    let level =
      holds(levels, "xã") ? 1 : holds(levels, "tỉnh") ? 0.8 : holds(levels, "khác") ? 0.5 : 0
    return level - (holds(name, "cấp huyện") ? 0.5 : 0)
  }
}

/// A small set of ids as a sorted array: cheap to build, binary-searched.
struct SortedIDs: Sendable {
  private let ids: [Int32]

  init(_ ids: [Int32]) {
    // Most lists are short and many come sorted from the index: check before sorting.
    var sorted = true
    for i in ids.indices.dropFirst() where ids[i - 1] > ids[i] {
      sorted = false
      break
    }
    self.ids = sorted ? ids : ids.sorted()
  }

  var isEmpty: Bool { ids.isEmpty }

  func contains(_ id: Int32) -> Bool {
    var low = 0
    var high = ids.count
    while low < high {
      let middle = (low + high) / 2
      if ids[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low < ids.count && ids[low] == id
  }
}
