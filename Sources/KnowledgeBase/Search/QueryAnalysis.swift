import VietnameseText

/// One word of the query as the ranking sees it: what was typed, and the vocabulary terms it
/// may stand for.
public struct QuerySlot: Sendable, Codable, Equatable {
  /// A term the slot may stand for, with how much a match counts (1 for what was typed).
  public struct Alternative: Sendable, Codable, Equatable {
    public var folded: String
    /// The accented syllable when known (typed with marks, or decoded from Telex/VNI).
    public var accented: String?
    public var factor: Double
  }

  /// The syllable as typed, normalised.
  public var typed: String
  public var alternatives: [Alternative]
  /// Inverse document frequency of the best alternative; 0 for unknown words.
  public var weight: Double
  public var isStopword: Bool
  /// How the word was repaired, for `--explain`: "telex", "vni", "typo", "split", "context".
  public var repair: String?
  /// Which clause of the query the word is in (punctuation parts them), from 0.
  public var clause = 0
}

extension QuerySlot {
  /// The folded term the slot is read as: its first alternative (what was typed, or its repair).
  var reading: String { alternatives.first?.folded ?? VietnameseText.fold(typed) }
}

/// A synonym or glossary rule that fired: slots `words` (from `range`) may also be read as one
/// of `phrases`.
public struct QueryExpansion: Sendable, Codable, Equatable {
  public var range: Range<Int>
  /// The slots of the trigger's words, in `range` (other words may sit between them).
  public var words: [Int]
  public var phrases: [[String]]
  /// "synonym" or "glossary".
  public var source: String
}

/// What the search made of a query: its slots, repairs and expansions.
public struct QueryAnalysis: Sendable, Codable, Equatable {
  public var normalized: String
  public var hasDiacritics: Bool
  public var isEnglish: Bool
  public var slots: [QuerySlot]
  public var expansions: [QueryExpansion]
  /// Words past the limit, ignored.
  public var truncated: Bool

  /// The largest number of words of a query taken into account.
  public static let maximumWords = 48
}
