import VietnameseText

/// The features of a line for intent classification, taken from `VietnameseText`:
///
/// - `word`: each folded syllable ("có", "co" → `co`), so a line typed without accents finds
///   the examples typed with them;
/// - `accented`: each syllable typed with marks, as typed ("chưa"), so a line typed with
///   accents tells "cần" from "căn" and "trợ" from "trở";
/// - `pair`: each pair of adjacent folded syllables (`bao_lau`), so "bao lâu" and "bao nhiêu"
///   differ although they share "bao";
/// - `whole`: the whole line, folded, when it has at most `wholeLimit` syllables, so short
///   answers ("có", "không phải") are recognised as themselves and not as a part of longer
///   questions that contain them;
/// - `edge`: the first and the last syllable as such (`^_khong`, `khong_$`): "không" opens
///   answers and closes questions ("… được không").
enum IntentFeatures {
  enum Kind: Int, CaseIterable {
    case word
    case pair
    case accented
    case whole
    case edge

    var prefix: String {
      switch self {
      case .word: return "w:"
      case .pair: return "p:"
      case .accented: return "a:"
      case .whole: return "s:"
      case .edge: return "e:"
      }
    }
  }

  struct Feature: Hashable {
    var key: String
    var kind: Kind
  }

  /// Lines of at most this many syllables also give a `whole` feature.
  static let wholeLimit = 3

  /// The distinct features of `text`.
  ///
  /// `vocabulary` says whether a feature key is known to the classifier; it is nil while
  /// training, when every feature is kept as written. When classifying, a syllable whose folded
  /// form is unknown is decoded as Telex or VNI typing ("cos" → "có", "chuwa" → "chưa") when that
  /// gives a known one, and a syllable typed with marks whose accented form is known stands for
  /// itself only: its folded form is left out, so "căn" (cước) does not count as "cần".
  static func extract(_ text: String, vocabulary: ((String) -> Bool)?) -> [Feature] {
    let normalized = VietnameseText.normalize(text)
    let accented = VietnameseText.syllables(ofNormalized: normalized)
    guard !accented.isEmpty else { return [] }
    // Folding keeps every letter a letter, so the folded line splits into the same syllables;
    // folding each syllable on its own is the fallback should that ever not hold.
    var foldedLine = VietnameseText.syllables(ofNormalized: VietnameseText.fold(normalized))
    if foldedLine.count != accented.count { foldedLine = accented.map(VietnameseText.fold) }
    var words: [(accented: String, folded: String)] = []
    words.reserveCapacity(accented.count)
    for (syllable, plain) in zip(accented, foldedLine) {
      var folded = plain
      var typed = syllable
      if let knows = vocabulary, !knows(wordKey(folded)) {
        for repaired in [TypingRepair.telex(syllable), TypingRepair.vni(syllable)] {
          guard let repaired else { continue }
          let repairedFolded = VietnameseText.fold(repaired)
          if knows(wordKey(repairedFolded)) {
            typed = repaired
            folded = repairedFolded
            break
          }
        }
      }
      words.append((typed, folded))
    }

    var seen: Set<String> = []
    var features: [Feature] = []
    func add(_ key: String, _ kind: Kind) {
      let full = kind.prefix + key
      if seen.insert(full).inserted { features.append(Feature(key: full, kind: kind)) }
    }
    for (index, word) in words.enumerated() {
      if word.accented == word.folded {
        add(word.folded, .word)
      } else {
        add(word.accented, .accented)
        if vocabulary?(Kind.accented.prefix + word.accented) != true { add(word.folded, .word) }
      }
      if index + 1 < words.count { add(word.folded + "_" + words[index + 1].folded, .pair) }
    }
    if let first = words.first, let last = words.last {
      add("^_" + first.folded, .edge)
      add(last.folded + "_$", .edge)
    }
    if words.count <= wholeLimit {
      add(words.map(\.folded).joined(separator: "_"), .whole)
    }
    return features
  }

  /// The word feature key of a folded syllable.
  static func wordKey(_ folded: String) -> String { Kind.word.prefix + folded }
}
