import ArgumentParser
import Conversation
import Foundation
import KnowledgeBase

/// The intents every command reads: `intents/` in the working directory, or exit 1 with every
/// problem as `path:line: message`.
private func loadIntents() throws -> [IntentDefinition] {
  let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    .appendingPathComponent("intents")
  do {
    return try IntentFiles.load(folder: folder)
  } catch {
    for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
    Console.error("\(error.diagnostics.count) lỗi trong intents/.")
    throw ExitCode.failure
  }
}

struct IntentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "intents",
    abstract: "Check the intent files and cross-validate the intent classifier.",
    subcommands: [Check.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate intents/*.yaml and report k-fold cross-validation of the classifier.",
      discussion: """
        Reads intents/ in the working directory. On a mistake in a file, prints
        path:line: message for each and exits 1. Otherwise prints per-intent precision, recall
        and F1, overall accuracy, the most confused pairs and the misclassified examples; exits 1
        when accuracy is below --min-accuracy (default 0.85), so CI catches regressions.
        Accuracy asks whether the best-ranked intent is right; "với ngưỡng" also asks that its
        confidence clears the intent's threshold, as the dialogue does (below it, the line goes
        to search). Examples that fold to the same text ("có", "co") share a fold.
        """)

    @Option(name: .long, help: "Number of cross-validation folds (default 5).")
    var folds = 5

    @Option(name: .long, help: "Fail when overall accuracy is below this (default 0.85).")
    var minAccuracy = 0.85

    @Flag(name: .long, help: "Print the report as one JSON object.")
    var json = false

    func validate() throws {
      guard folds >= 2 else { throw ValidationError("--folds phải từ 2 trở lên.") }
      guard (0...1).contains(minAccuracy) else {
        throw ValidationError("--min-accuracy phải nằm trong khoảng 0 đến 1.")
      }
    }

    func run() throws {
      let definitions = try loadIntents()
      let evaluation = IntentEvaluation(definitions: definitions, folds: folds)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
      } else {
        print(IntentReport.text(evaluation))
      }
      if evaluation.accuracy + 1e-9 < minAccuracy {
        Console.error(
          String(format: "accuracy %.3f dưới ngưỡng %.3f", evaluation.accuracy, minAccuracy))
        throw ExitCode.failure
      }
    }
  }
}

struct NLUCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nlu",
    abstract: "Show how the intent classifier reads one line.",
    discussion: """
      The words of TEXT are joined with spaces. Prints every intent with its confidence, best
      first, marks the one accepted (its confidence reaches its threshold) or says
      "→ nhu cầu (tìm thủ tục)" when none is, which sends the line to search.
      Examples:
        troly nlu làm hộ chiếu mất bao lâu
        troly nlu ko
        troly nlu --json "cấp lại giấy phép lái xe"
      """)

  @Flag(name: .long, help: "Print one JSON object: {\"text\", \"intent\", \"ranking\": [...]}.")
  var json = false

  @Argument(help: "What the citizen typed.")
  var text: [String] = []

  func validate() throws {
    if text.joined().trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("Hãy nhập một câu, ví dụ: troly nlu lệ phí bao nhiêu")
    }
  }

  func run() throws {
    let classifier = IntentClassifier(try loadIntents())
    let line = text.joined(separator: " ")
    let ranking = classifier.ranking(line)
    let accepted = classifier.recognize(line)
    print(
      json
        ? IntentReport.json(line, ranking, accepted, classifier)
        : IntentReport.text(line, ranking, accepted, classifier))
  }
}

/// The printed forms of the intent reports.
enum IntentReport {
  static func text(_ evaluation: IntentEvaluation) -> String {
    var lines = ["ý định            ví dụ  precision  recall     F1"]
    for figures in evaluation.intents {
      lines.append(
        figures.intent.padding(toLength: 17, withPad: " ", startingAt: 0)
          + String(
            format: "%6d  %9.3f  %6.3f  %5.3f", figures.examples, figures.precision,
            figures.recall, figures.f1))
    }
    lines.append("")
    lines.append(
      "\(evaluation.examples) ví dụ, \(evaluation.folds) phần: "
        + String(
          format:
            "accuracy %.3f, macro F1 %.3f; với ngưỡng %.3f (%d ví dụ đúng nhưng dưới ngưỡng).",
          evaluation.accuracy, evaluation.macroF1, evaluation.acceptedAccuracy,
          evaluation.rejected))
    if !evaluation.confusions.isEmpty {
      lines.append("")
      lines.append("Nhầm nhiều nhất (mong đợi → nhận):")
      for confusion in evaluation.confusions.prefix(10) {
        lines.append(
          String(format: "%4d  ", confusion.count) + "\(confusion.expected) → "
            + name(confusion.predicted))
      }
      lines.append("")
      lines.append("Ví dụ bị nhầm:")
      for miss in evaluation.misclassified {
        lines.append(
          "  [\(miss.expected)] \(TerminalText.sanitized(miss.text)) → \(name(miss.predicted))"
            + String(format: " (%.2f)", miss.confidence))
      }
    }
    return lines.joined(separator: "\n")
  }

  static func text(
    _ line: String, _ ranking: [RecognizedIntent], _ accepted: RecognizedIntent?,
    _ classifier: IntentClassifier
  ) -> String {
    var lines = [TerminalText.sanitized(line)]
    for entry in ranking {
      let mark = entry.intent == accepted?.intent ? "✓ " : "  "
      lines.append(
        mark + entry.intent.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
          + String(
            format: "%.3f  (ngưỡng %.2f)", entry.confidence,
            classifier.threshold(for: entry.intent)))
    }
    lines.append("→ " + (accepted.map(\.intent.rawValue) ?? "nhu cầu (tìm thủ tục)"))
    return lines.joined(separator: "\n")
  }

  static func json(
    _ line: String, _ ranking: [RecognizedIntent], _ accepted: RecognizedIntent?,
    _ classifier: IntentClassifier
  ) -> String {
    let entries = ranking.map {
      "{\"intent\": \(jsonString($0.intent.rawValue)), "
        + "\"confidence\": \(jsonNumber($0.confidence)), "
        + "\"threshold\": \(jsonNumber(classifier.threshold(for: $0.intent)))}"
    }
    let intent = accepted.map { jsonString($0.intent.rawValue) } ?? "null"
    return "{\"text\": \(jsonString(line)), \"intent\": \(intent), "
      + "\"ranking\": [\(entries.joined(separator: ", "))]}"
  }

  static func name(_ predicted: String) -> String {
    predicted == IntentEvaluation.unknown ? "(không nhận ra từ nào)" : predicted
  }
}
