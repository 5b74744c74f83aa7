import VietnameseText

/// Synonyms and the English glossary prepared for matching queries: triggers as folded token
/// sequences, expansions as normalised (accented) phrases. Stored in the index as plain lines
/// (quick to read at start-up; JSON took 15 ms), so a search needs no YAML.
struct QueryExpansions: Sendable {
  struct Rule: Sendable {
    /// Folded tokens that set the rule off.
    var trigger: [String]
    /// Normalised syllables of each phrase the trigger stands for, accents kept.
    var phrases: [[String]]
  }

  var vietnamese: [Rule] = []
  var english: [Rule] = []

  /// Phrases are spelt as the index spells names: abbreviations spelt out ("thẻ BHYT" is "thẻ
  /// bảo hiểm y tế" there).
  init(
    synonyms: [Synonym], glossary: [GlossaryEntry],
    abbreviations: Abbreviations = Abbreviations([])
  ) {
    func spelt(_ text: String) -> [String] { abbreviations.expand(Terms.accented(text)) }
    for synonym in synonyms {
      let phrases = synonym.means.map(spelt).filter { !$0.isEmpty }
      for say in synonym.say {
        let trigger = Terms.folded(say)
        if !trigger.isEmpty { vietnamese.append(Rule(trigger: trigger, phrases: phrases)) }
      }
    }
    for entry in glossary {
      let phrases = entry.vietnamese.map(spelt).filter { !$0.isEmpty }
      for english in entry.english {
        let trigger = Terms.folded(english)
        if !trigger.isEmpty { self.english.append(Rule(trigger: trigger, phrases: phrases)) }
      }
    }
  }

  /// One rule a line: `v` (synonym) or `e` (glossary), the trigger, then the phrases, separated
  /// by tabs; words by spaces.
  var stored: String {
    var lines: [String] = []
    for (kind, rules) in [("v", vietnamese), ("e", english)] {
      for rule in rules {
        let fields =
          [kind, rule.trigger.joined(separator: " ")]
          + rule.phrases.map { $0.joined(separator: " ") }
        lines.append(fields.joined(separator: "\t"))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Reads `stored`; splits bytes, not Characters (grapheme breaking made this slow).
  init(stored: String) {
    func words(_ field: ArraySlice<UInt8>) -> [String] {
      field.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }
    let bytes = Array(stored.utf8)
    for line in bytes.split(separator: 0x0A) {
      let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
      guard fields.count >= 2, let kind = fields[0].first else { continue }
      let rule = Rule(trigger: words(fields[1]), phrases: fields.dropFirst(2).map(words))
      if kind == UInt8(ascii: "v") { vietnamese.append(rule) } else { english.append(rule) }
    }
  }

  /// A rule that fired on the query's tokens `words` (in order, maybe with others between).
  struct Match: Sendable {
    var words: [Int]
    var phrases: [[String]]
    var trigger: [String]

    /// From the first word of the trigger to its last.
    var range: Range<Int> { (words.first ?? 0)..<((words.last ?? -1) + 1) }
    /// Words between the trigger's words.
    var gaps: Int { range.count - words.count }
  }

  /// Rules by the first word of their trigger.
  struct Index: Sendable {
    private var byFirstWord: [String: [Rule]] = [:]
    /// How many query words in all may sit between a trigger's words.
    let maxGaps: Int

    init(_ rules: [Rule], maxGaps: Int = 1) {
      self.maxGaps = maxGaps
      for rule in rules {
        if let first = rule.trigger.first { byFirstWord[first, default: []].append(rule) }
      }
    }

    /// Matches that share no word. The trigger with the most words found wins, less half the
    /// words skipped between them ("sổ đỏ … sai tên" beats "sai tên", "đăng ký kết hôn" beats
    /// "giấy … đăng ký kết hôn" with three words skipped); then the exacter, then the earliest.
    /// `clauses` gives each token's clause (punctuation parts them): a trigger stays within one.
    func matches(in tokens: [String], clauses: [Int] = []) -> [Match] {
      var found: [Match] = []
      for start in tokens.indices {
        for rule in byFirstWord[tokens[start]] ?? [] {
          guard
            let words = Self.positions(
              of: rule.trigger, in: tokens, from: start, maxGaps: maxGaps),
            clauses.count != tokens.count || clauses[words[0]] == clauses[words[words.count - 1]]
          else { continue }
          found.append(Match(words: words, phrases: rule.phrases, trigger: rule.trigger))
        }
      }
      found.sort {
        let (a, b) = ($0.words.count * 2 - $0.gaps, $1.words.count * 2 - $1.gaps)
        return a != b
          ? a > b
          : $0.gaps != $1.gaps
            ? $0.gaps < $1.gaps : $0.range.lowerBound < $1.range.lowerBound
      }
      var taken = Array(repeating: false, count: tokens.count)
      var result: [Match] = []
      for match in found where !match.words.contains(where: { taken[$0] }) {
        result.append(match)
        for i in match.words { taken[i] = true }
      }
      return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where the words of `trigger` are when it starts at `start`: in order, with at most
    /// `maxGaps` other words between them in all, one for a trigger of two words ("mở một quán
    /// cà phê" holds "mở quán cà phê"), never "thì", which ends a condition ("mới … thì làm" is no
    /// "mới làm"); nil when it is not there.
    static func positions(
      of trigger: [String], in tokens: [String], from start: Int, maxGaps: Int
    ) -> [Int]? {
      guard tokens[start] == trigger.first else { return nil }
      // Two words with more than one between are too often a coincidence ("đổi địa chỉ hộ").
      let maxGaps = trigger.count > 2 ? maxGaps : min(maxGaps, 1)
      var positions = [start]
      var gaps = 0
      for word in trigger.dropFirst() {
        var next = positions[positions.count - 1] + 1
        while next < tokens.count, tokens[next] != word, tokens[next] != "thi", gaps < maxGaps {
          next += 1
          gaps += 1
        }
        guard next < tokens.count, tokens[next] == word else { return nil }
        positions.append(next)
      }
      return positions
    }
  }
}
