import Foundation

/// Recognises intents with a naive-Bayes-like vote of the line's features, discounted by how
/// much of the line the examples know.
///
/// Training counts, for each feature f (see `IntentFeatures`) and intent c, the share of c's
/// examples holding f, r(c, f), and turns it into p(c | f) = r(c, f) / (Σ r(·, f) + s), where
/// `smoothing` s keeps a feature seen once from being certain. A line is then scored per
/// intent as Σ w(f) · log(p(c | f) + `floor`) over its known features, and
///
///   confidence(c) = softmax(score / (temperature · Σ w)) · coverage,
///
/// where coverage = Σ w over known features / Σ w over all features. Weights w(f) are the
/// feature kind's weight × its IDF over intents (found in one intent: ln(1 + intents); in all of
/// them: almost nothing) × n / (n + `support`) for a feature held by n examples. So:
///
/// - a line of several features that agree scores close to 1 ("lệ phí bao nhiêu", "có");
/// - when two intents share the evidence the softmax splits it and neither may clear its
///   threshold;
/// - features no example has vote for nothing but count in the coverage: a need ("cấp lại giấy
///   phép lái xe") is mostly unknown words, or procedure words that the `ask_*` examples share
///   (they name the same procedures on purpose), so it gets a low confidence and goes to search.
///   An unknown word weighs like a feature of `unseenIntents` intents; an unknown pair counts in
///   part; an unknown whole line, accented form or line edge not at all (they only repeat what
///   the words say).
///
/// Confidences lie in 0…1 and sum to at most 1 over intents. Deterministic: no randomness, ties
/// broken by the order of `Intent.allCases`. Building reads each example once (a few
/// milliseconds for 1,000 examples); classifying looks up the line's features only (a few
/// microseconds).
public struct IntentClassifier: IntentRecognizing {
  /// The model's constants, set by cross-validation on `intents/` and by the needs in the tests
  /// (`IntentClassifierTests`).
  struct Parameters: Sendable {
    /// Multiplier per `IntentFeatures.Kind` (word, pair, accented, whole, edge).
    var kindWeights: [Double] = [1.0, 1.0, 1.0, 1.5, 1.0]
    /// An unseen feature weighs like a feature found in this many intents…
    var unseenIntents = 2.0
    /// …times this share per kind (word, pair, accented, whole, edge).
    var unseenShares: [Double] = [1.0, 0.5, 0, 0, 0]
    /// The share of a vote no intent claims, relative to one example of an average intent.
    var smoothing = 0.25
    /// Added to p(c | f) before the logarithm, so an intent without a feature is not ruled out.
    var floor = 0.05
    /// Softmax temperature on the per-weight log score: lower is more decisive.
    var temperature = 0.3
    /// A feature held by n examples weighs n / (n + support): one example is thin evidence.
    var support = 1.0
  }

  /// The intents in order, with their thresholds.
  let intents: [Intent]
  let thresholds: [Double]
  /// Feature key → id.
  let featureIDs: [String: Int]
  /// Per feature id: its weight.
  let featureWeights: [Double]
  /// Votes per feature id, flattened: `voteStarts[id]..<voteStarts[id + 1]` index `voteIntents`
  /// (positions in `intents`) and `voteGains`, log(p(c | f) + floor) − log(floor): what holding
  /// the feature adds over an intent without it.
  let voteStarts: [Int]
  let voteIntents: [Int]
  let voteGains: [Double]
  /// The weight of an unseen feature, per kind.
  let unseenWeights: [Double]
  let temperature: Double

  /// Builds the model from the definitions. Intents without a definition are never recognised;
  /// when two definitions name the same intent, the first is used.
  public init(_ definitions: [IntentDefinition]) {
    self.init(definitions, parameters: Parameters())
  }

  init(_ definitions: [IntentDefinition], parameters: Parameters) {
    let ordered = Intent.allCases.compactMap { intent in
      definitions.first { $0.intent == intent }
    }
    intents = ordered.map(\.intent)
    thresholds = ordered.map(\.acceptance)
    temperature = parameters.temperature

    // How many examples of each intent hold each feature: per feature, (intent, count) pairs in
    // intent order, since intents are read one after the other.
    var ids: [String: Int] = [:]
    var kinds: [IntentFeatures.Kind] = []
    var counts: [[(intent: Int, examples: Int)]] = []
    var sizes: [Int] = []
    for (intentIndex, definition) in ordered.enumerated() {
      var size = 0
      for example in definition.examples {
        let features = IntentFeatures.extract(example, vocabulary: nil)
        guard !features.isEmpty else { continue }
        size += 1
        for feature in features {
          let id: Int
          if let known = ids[feature.key] {
            id = known
          } else {
            id = kinds.count
            ids[feature.key] = id
            kinds.append(feature.kind)
            counts.append([])
          }
          if counts[id].last?.intent == intentIndex {
            counts[id][counts[id].count - 1].examples += 1
          } else {
            counts[id].append((intentIndex, 1))
          }
        }
      }
      sizes.append(max(size, 1))
    }

    let intentTotal = Double(max(ordered.count, 1))
    let meanSize = Double(sizes.reduce(0, +)) / Double(max(sizes.count, 1))
    let logFloor = Foundation.log(parameters.floor)
    var weights: [Double] = []
    var starts = [0]
    var voteIntents: [Int] = []
    var voteGains: [Double] = []
    weights.reserveCapacity(kinds.count)
    for id in kinds.indices {
      let holders = counts[id]
      let held = Double(holders.reduce(0) { $0 + $1.examples })
      weights.append(
        parameters.kindWeights[kinds[id].rawValue]
          * Self.idf(intents: intentTotal, holding: Double(holders.count))
          * held / (held + parameters.support))
      let rates = holders.map { Double($0.examples) / Double(sizes[$0.intent]) }
      let total = rates.reduce(0, +) + parameters.smoothing / meanSize
      for (holder, rate) in zip(holders, rates) {
        voteIntents.append(holder.intent)
        voteGains.append(Foundation.log(rate / total + parameters.floor) - logFloor)
      }
      starts.append(voteIntents.count)
    }
    featureIDs = ids
    featureWeights = weights
    voteStarts = starts
    self.voteIntents = voteIntents
    self.voteGains = voteGains
    let unseenIDF = Self.idf(intents: intentTotal, holding: parameters.unseenIntents)
    unseenWeights = IntentFeatures.Kind.allCases.map {
      parameters.kindWeights[$0.rawValue] * parameters.unseenShares[$0.rawValue] * unseenIDF
    }
  }

  /// IDF over intents: ln(1 + intents / holding).
  static func idf(intents: Double, holding: Double) -> Double {
    Foundation.log(1 + intents / max(holding, 0.5))
  }

  /// The threshold `recognize` applies to `intent` (1 for an intent without a definition).
  public func threshold(for intent: Intent) -> Double {
    guard let index = intents.firstIndex(of: intent) else { return 1 }
    return thresholds[index]
  }

  /// Every defined intent with its confidence, best first.
  public func ranking(_ text: String) -> [RecognizedIntent] {
    let scores = confidences(text)
    let order = scores.indices.sorted {
      scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1
    }
    return order.map { RecognizedIntent(intent: intents[$0], confidence: scores[$0]) }
  }

  /// The best intent when its confidence reaches its threshold; nil sends the line to search.
  public func recognize(_ text: String) -> RecognizedIntent? {
    let scores = confidences(text)
    var best = -1
    for index in scores.indices where best < 0 || scores[index] > scores[best] {
      best = index
    }
    guard best >= 0, scores[best] > 0, scores[best] >= thresholds[best] else { return nil }
    return RecognizedIntent(intent: intents[best], confidence: scores[best])
  }

  /// Per intent, in `intents` order: the softmax of the feature votes times the coverage.
  func confidences(_ text: String) -> [Double] {
    var scores = [Double](repeating: 0, count: intents.count)
    let features = IntentFeatures.extract(text) { featureIDs[$0] != nil }
    var known = 0.0
    var unseen = 0.0
    for feature in features {
      guard let id = featureIDs[feature.key] else {
        unseen += unseenWeights[feature.kind.rawValue]
        continue
      }
      let weight = featureWeights[id]
      known += weight
      for vote in voteStarts[id]..<voteStarts[id + 1] {
        scores[voteIntents[vote]] += weight * voteGains[vote]
      }
    }
    guard known > 0 else { return [Double](repeating: 0, count: intents.count) }
    let scale = 1 / (temperature * known)
    let top = scores.max() ?? 0
    var sum = 0.0
    for index in scores.indices {
      scores[index] = Foundation.exp((scores[index] - top) * scale)
      sum += scores[index]
    }
    let coverage = known / (known + unseen)
    for index in scores.indices { scores[index] = scores[index] / sum * coverage }
    return scores
  }
}
