import VietnameseText

/// Synonyms and the English glossary prepared for matching queries: triggers as folded token
/// sequences, expansions as normalised (accented) phrases. Stored in the index so a search needs no YAML.
struct QueryExpansions: Codable, Sendable {
  struct Rule: Codable, Sendable {
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
    // Longest triggers first, so "temporary residence card" wins over "temporary residence".
    vietnamese.sort { $0.trigger.count > $1.trigger.count }
    english.sort { $0.trigger.count > $1.trigger.count }
  }

  /// A rule that fired on tokens `range` of the query.
  struct Match: Sendable {
    var range: Range<Int>
    var phrases: [[String]]
    var trigger: [String]
  }

  /// Non-overlapping matches of `rules` in `tokens`, longest trigger first.
  static func matches(of rules: [Rule], in tokens: [String]) -> [Match] {
    var taken = Array(repeating: false, count: tokens.count)
    var result: [Match] = []
    for rule in rules where rule.trigger.count <= tokens.count {
      let n = rule.trigger.count
      var start = 0
      while start + n <= tokens.count {
        if !taken[start..<start + n].contains(true)
          && tokens[start..<start + n].elementsEqual(rule.trigger)
        {
          result.append(Match(range: start..<start + n, phrases: rule.phrases, trigger: rule.trigger))
          for i in start..<start + n { taken[i] = true }
          start += n
        } else {
          start += 1
        }
      }
    }
    return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
