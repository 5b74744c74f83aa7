import VietnameseText

/// k-fold cross-validation of `IntentClassifier` over the definitions: each example is
/// classified by a model built without its fold.
///
/// Folds are deterministic and stratified: within each intent, examples that fold to the same
/// text ("có" and "co") form one group, so a line is never tested against its own unaccented
/// twin; groups are ordered by a stable hash of their text and dealt to the folds in turn.
///
/// Two figures: `accuracy` asks whether the best-ranked intent is the expected one (what the
/// per-intent precision, recall and F1, the confusions and the misclassified examples are about);
/// `acceptedAccuracy` also asks that its confidence clears the threshold, as `recognize` does (a
/// line below every threshold goes to search). The gap between them is `rejected`.
public struct IntentEvaluation: Sendable, Encodable {
  public struct IntentFigures: Sendable, Encodable, Equatable {
    public var intent: String
    public var examples: Int
    public var precision: Double
    public var recall: Double
    public var f1: Double
  }

  public struct Confusion: Sendable, Encodable, Equatable {
    public var expected: String
    /// The best-ranked intent instead, or `unknown` when the model knows none of the words.
    public var predicted: String
    public var count: Int
  }

  public struct Miss: Sendable, Encodable, Equatable {
    public var text: String
    public var expected: String
    /// The best-ranked intent, or `unknown` when the model knows none of the words.
    public var predicted: String
    /// Its confidence.
    public var confidence: Double
    public var fold: Int
  }

  /// What `predicted` says when every intent has confidence 0.
  public static let unknown = "unknown"

  public var folds: Int
  public var examples: Int
  /// Share of examples whose best-ranked intent is the expected one.
  public var accuracy: Double
  /// Share of examples that `recognize` gives the expected intent (confidence ≥ threshold).
  public var acceptedAccuracy: Double
  /// Examples whose best-ranked intent is right but below its threshold.
  public var rejected: Int
  public var macroF1: Double
  /// Per intent, in `Intent.allCases` order.
  public var intents: [IntentFigures]
  /// Pairs (expected → best-ranked) by count, most frequent first.
  public var confusions: [Confusion]
  /// Examples whose best-ranked intent is wrong, in intent order.
  public var misclassified: [Miss]

  /// Cross-validates with `folds` folds (at least 2). When two definitions name the same
  /// intent, the first is used, as `IntentClassifier` does.
  public init(definitions: [IntentDefinition], folds requested: Int = 5) {
    let folds = max(2, requested)
    self.folds = folds
    let definitions = Intent.allCases.compactMap { intent in
      definitions.first { $0.intent == intent }
    }

    let assignment = definitions.map { Self.folds(of: $0.examples, count: folds) }

    var outcomes: [Outcome] = []
    for fold in 0..<folds {
      let training = definitions.enumerated().map { offset, definition in
        var copy = definition
        copy.examples = definition.examples.indices.filter { assignment[offset][$0] != fold }
          .map { definition.examples[$0] }
        return copy
      }
      let classifier = IntentClassifier(training)
      for (offset, definition) in definitions.enumerated() {
        for (index, example) in definition.examples.enumerated()
        where assignment[offset][index] == fold {
          let best = classifier.ranking(example).first { $0.confidence > 0 }
          outcomes.append(
            Outcome(
              text: example, expected: definition.intent, best: best?.intent,
              confidence: best?.confidence ?? 0,
              accepted: classifier.recognize(example)?.intent, fold: fold))
        }
      }
    }

    examples = outcomes.count
    let total = Double(max(outcomes.count, 1))
    accuracy = Double(outcomes.filter { $0.best == $0.expected }.count) / total
    acceptedAccuracy = Double(outcomes.filter { $0.accepted == $0.expected }.count) / total
    rejected = outcomes.filter { $0.best == $0.expected && $0.accepted == nil }.count

    intents = definitions.map { definition in
      let intent = definition.intent
      let truePositives = outcomes.filter { $0.expected == intent && $0.best == intent }.count
      let predicted = outcomes.filter { $0.best == intent }.count
      let actual = outcomes.filter { $0.expected == intent }.count
      let precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
      let recall = actual == 0 ? 0 : Double(truePositives) / Double(actual)
      let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
      return IntentFigures(
        intent: intent.rawValue, examples: actual, precision: precision, recall: recall, f1: f1)
    }
    macroF1 = intents.isEmpty ? 0 : intents.map(\.f1).reduce(0, +) / Double(intents.count)

    let misses = outcomes.filter { $0.best != $0.expected }
    var pairs: [String: Confusion] = [:]
    for miss in misses {
      let predicted = miss.best?.rawValue ?? Self.unknown
      pairs[
        miss.expected.rawValue + " " + predicted,
        default: Confusion(expected: miss.expected.rawValue, predicted: predicted, count: 0)
      ].count += 1
    }
    confusions = pairs.values.sorted {
      ($1.count, $0.expected, $0.predicted) < ($0.count, $1.expected, $1.predicted)
    }
    misclassified = misses.map {
      Miss(
        text: $0.text, expected: $0.expected.rawValue, predicted: $0.best?.rawValue ?? Self.unknown,
        confidence: $0.confidence, fold: $0.fold)
    }
  }

  private struct Outcome {
    var text: String
    var expected: Intent
    /// The best-ranked intent, whatever its confidence; nil when all are 0.
    var best: Intent?
    var confidence: Double
    /// What `recognize` returned.
    var accepted: Intent?
    var fold: Int
  }

  /// The fold of each example: examples that fold to the same text form a group, groups are
  /// ordered by a stable hash of that text and dealt to the folds in turn.
  static func folds(of examples: [String], count: Int) -> [Int] {
    var groups: [String: [Int]] = [:]
    for (index, example) in examples.enumerated() {
      groups[VietnameseText.foldedSyllables(example).joined(separator: " "), default: []]
        .append(index)
    }
    let ordered = groups.keys.sorted {
      let (a, b) = (hash($0), hash($1))
      return a != b ? a < b : $0 < $1
    }
    var result = [Int](repeating: 0, count: examples.count)
    for (position, key) in ordered.enumerated() {
      for index in groups[key] ?? [] { result[index] = position % count }
    }
    return result
  }

  /// FNV-1a over the UTF-8 bytes: stable across runs and platforms, unlike `Hasher`.
  static func hash(_ text: String) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    return value
  }
}
