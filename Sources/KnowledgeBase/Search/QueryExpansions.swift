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
      var found: [Match] = []
      for start in tokens.indices {
        for rule in byFirstWord[tokens[start]] ?? []
        where start + rule.trigger.count <= tokens.count
          && tokens[start..<start + rule.trigger.count].elementsEqual(rule.trigger)
        {
          found.append(
            Match(
              range: start..<start + rule.trigger.count, phrases: rule.phrases,
              trigger: rule.trigger))
        }
      }
      found.sort {
        $0.range.count != $1.range.count
          ? $0.range.count > $1.range.count : $0.range.lowerBound < $1.range.lowerBound
      }
      var taken = Array(repeating: false, count: tokens.count)
      var result: [Match] = []
      for match in found where !taken[match.range].contains(true) {
        result.append(match)
        for i in match.range { taken[i] = true }
      }
      return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
  }
}
