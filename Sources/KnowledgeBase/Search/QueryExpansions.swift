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

  init(synonyms: [Synonym], glossary: [GlossaryEntry]) {
    for synonym in synonyms {
      let phrases = synonym.means.map(Terms.accented).filter { !$0.isEmpty }
      for say in synonym.say {
        let trigger = Terms.folded(say)
        if !trigger.isEmpty { vietnamese.append(Rule(trigger: trigger, phrases: phrases)) }
      }
    }
    for entry in glossary {
      let phrases = entry.vietnamese.map(Terms.accented).filter { !$0.isEmpty }
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

  /// A rule that fired on tokens `range` of the query.
  struct Match: Sendable {
    var range: Range<Int>
    var phrases: [[String]]
    var trigger: [String]
  }

  /// Rules by the first word of their trigger, longest trigger first.
  struct Index: Sendable {
    private var byFirstWord: [String: [Rule]] = [:]

    init(_ rules: [Rule]) {
      for rule in rules {
        if let first = rule.trigger.first { byFirstWord[first, default: []].append(rule) }
      }
    }

    /// Non-overlapping matches in `tokens`; the longest trigger wins, then the earliest.
    func matches(in tokens: [String]) -> [Match] {
      var found: [(match: Match, gaps: Int)] = []
      for start in tokens.indices {
        for rule in byFirstWord[tokens[start]] ?? [] {
          guard let (end, gaps) = Self.end(of: rule.trigger, in: tokens, from: start) else {
            continue
          }
          found.append(
            (Match(range: start..<end, phrases: rule.phrases, trigger: rule.trigger), gaps))
        }
      }
      // Longer triggers first, then exact ones, then the earliest.
      found.sort {
        $0.match.trigger.count != $1.match.trigger.count
          ? $0.match.trigger.count > $1.match.trigger.count
          : $0.gaps != $1.gaps
            ? $0.gaps < $1.gaps : $0.match.range.lowerBound < $1.match.range.lowerBound
      }
      var taken = Array(repeating: false, count: tokens.count)
      var result: [Match] = []
      for (match, _) in found where !taken[match.range].contains(true) {
        result.append(match)
        for i in match.range { taken[i] = true }
      }
      return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where `trigger` ends when it starts at `start`: its words in order, each at most one word
    /// after the previous ("mở một quán cà phê" holds "mở quán cà phê"), with the number of
    /// words skipped; nil when it is not there.
    static func end(of trigger: [String], in tokens: [String], from start: Int) -> (Int, Int)? {
      guard tokens[start] == trigger.first else { return nil }
      var position = start + 1
      var gaps = 0
      for word in trigger.dropFirst() {
        if position < tokens.count, tokens[position] == word {
          position += 1
        } else if trigger.count > 1, gaps == 0, position + 1 < tokens.count,
          tokens[position + 1] == word
        {
          gaps += 1
          position += 2
        } else {
          return nil
        }
      }
      return (position, gaps)
    }
  }
}
