import KnowledgeBase
import VietnameseText

/// One intent as editors write it in `intents/<intent>.yaml`: what it means, how sure the
/// classifier must be, and the lines citizens type for it.
public struct IntentDefinition: Sendable, Equatable {
  /// Where a definition was read from, so later checks can name the line.
  public struct Origin: Sendable, Equatable {
    public var path: String
    /// Line of the `intent:` value.
    public var line: Int
    /// Line of each example, parallel to `examples`.
    public var exampleLines: [Int]

    public init(path: String, line: Int, exampleLines: [Int]) {
      self.path = path
      self.line = line
      self.exampleLines = exampleLines
    }
  }

  public var intent: Intent
  public var description: String
  /// The confidence the classifier needs to accept this intent; nil means `defaultThreshold`.
  public var threshold: Double?
  public var examples: [String]
  public var origin: Origin?

  /// The threshold of intents whose file gives none.
  public static let defaultThreshold = 0.5
  /// Fewer examples than this do not teach the classifier the many ways citizens type.
  public static let minimumExamples = 15

  public init(
    intent: Intent, description: String, threshold: Double? = nil, examples: [String],
    origin: Origin? = nil
  ) {
    self.intent = intent
    self.description = description
    self.threshold = threshold
    self.examples = examples
    self.origin = origin
  }

  /// The intent's name as written in files (`ask_fee`).
  public var name: String { intent.rawValue }

  /// The threshold in force: the file's, else `defaultThreshold`.
  public var acceptance: Double { threshold ?? Self.defaultThreshold }

  /// Examples that two different intents both claim (compared folded, so "có" and "co" are the
  /// same line): the classifier cannot learn both. One diagnostic for each later occurrence.
  public static func conflicts(in definitions: [IntentDefinition]) -> [Diagnostic] {
    var owner: [String: Intent] = [:]
    var result: [Diagnostic] = []
    for definition in definitions {
      var own: Set<String> = []
      for (index, example) in definition.examples.enumerated() {
        let key = VietnameseText.foldedSyllables(example).joined(separator: " ")
        guard own.insert(key).inserted else { continue }
        if let other = owner[key], other != definition.intent {
          let lines = definition.origin?.exampleLines ?? []
          result.append(
            Diagnostic(
              path: definition.origin?.path ?? definition.name,
              line: lines.indices.contains(index) ? lines[index] : 0,
              message: "ví dụ '\(example)' đã thuộc ý định '\(other.rawValue)'"))
        } else {
          owner[key] = definition.intent
        }
      }
    }
    return result
  }
}
