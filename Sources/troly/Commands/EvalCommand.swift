import ArgumentParser
import Foundation
import KnowledgeBase

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure search quality on labelled queries: top-1, recall@5, MRR@10.",
    discussion: """
      FILE.tsv has the columns id, category, query, expected_codes, note (tab-separated; \
      expected_codes separated by |, any of them counts as right). \
      With --min-top1 / --min-recall5 it exits 1 when the overall figures fall below them (used by \
      CI as a regression guard).
      """)

  @Argument(help: "The labelled query file.")
  var file: String

  @Flag(name: .long, help: "Print the figures and every outcome as JSON.")
  var json = false

  @Flag(name: .long, help: "List the queries whose right answer is not first.")
  var misses = false

  @Option(name: .long, help: "Fail when overall top-1 is below this.")
  var minTop1: Double?

  @Option(name: .long, help: "Fail when overall recall@5 is below this.")
  var minRecall5: Double?

  @OptionGroup var options: IndexOptions

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      Console.error("troly: không đọc được tệp \(file)")
      throw ExitCode.failure
    }
    let queries: [LabelledQuery]
    do {
      queries = try QueryFile.parse(String(decoding: data, as: UTF8.self), path: file)
    } catch {
      for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
      throw ExitCode.failure
    }
    let searcher = try options.workspace.openSearcher()
    let evaluation = try Evaluation(queries: queries) {
      try searcher.search($0, limit: 10).results
    }
    if json {
      printJSON(evaluation)
    } else {
      printTable(evaluation)
    }
    let overall = evaluation.overall
    var failed = false
    if let minTop1, overall.top1 + 1e-9 < minTop1 {
      Console.error(String(format: "top-1 %.3f dưới ngưỡng %.3f", overall.top1, minTop1))
      failed = true
    }
    if let minRecall5, overall.recallAt5 + 1e-9 < minRecall5 {
      Console.error(String(format: "recall@5 %.3f dưới ngưỡng %.3f", overall.recallAt5, minRecall5))
      failed = true
    }
    if failed { throw ExitCode.failure }
  }

  private func printTable(_ evaluation: Evaluation) {
    func row(_ name: String, _ f: Evaluation.Figures) -> String {
      name.padding(toLength: 12, withPad: " ", startingAt: 0)
        + String(format: "%5d   %5.3f   %8.3f   %6.3f", f.queries, f.top1, f.recallAt5, f.mrrAt10)
    }
    print("category    queries  top-1   recall@5   MRR@10")
    for (category, figures) in evaluation.byCategory { print(row(category, figures)) }
    print(row("overall", evaluation.overall))
    guard misses else { return }
    print("")
    for outcome in evaluation.outcomes where outcome.rank != 1 {
      let rank = outcome.rank.map { "#\($0)" } ?? "—"
      print(
        "\(outcome.id) [\(outcome.category)] \(rank) \(TerminalText.sanitized(outcome.query))  "
          + "mong đợi \(outcome.expected.joined(separator: "|")), "
          + "nhận \(outcome.returned.prefix(3).joined(separator: ", "))")
    }
  }

  private func printJSON(_ evaluation: Evaluation) {
    struct Report: Encodable {
      var overall: Evaluation.Figures
      var categories: [String: Evaluation.Figures]
      var outcomes: [Evaluation.Outcome]
    }
    let report = Report(
      overall: evaluation.overall,
      categories: Dictionary(
        evaluation.byCategory.map { ($0.category, $0.figures) }, uniquingKeysWith: { a, _ in a }),
      outcomes: evaluation.outcomes)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if let data = try? encoder.encode(report) { print(String(decoding: data, as: UTF8.self)) }
  }
}
