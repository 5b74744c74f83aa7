import ArgumentParser
import Foundation
import KnowledgeBase

struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build, check or describe the search index.",
    subcommands: [Build.self, Check.self, Stats.self])

  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read the sources, merge the editors' files, validate and build the index.",
      discussion: """
        On any error, prints path:line: message for each, exits 1 and leaves the existing index \
        untouched. The new index is written beside the old one and renamed into place.
        """)

    @OptionGroup var options: IndexOptions

    func run() throws {
      let workspace = options.workspace
      let summary = try workspace.buildIndex()
      print(
        "Đã tạo chỉ mục \(workspace.displayPath(workspace.index)): \(summary.procedures) thủ tục, "
          + "\(summary.terms) thuật ngữ, " + String(format: "%.2f s.", summary.seconds))
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate knowledge-base/ and the sources without building anything.")

    @OptionGroup var options: IndexOptions

    func run() throws {
      let merged = try options.workspace.loadKnowledgeBase()
      print(
        "knowledge-base hợp lệ: \(merged.procedures.count) thủ tục, \(merged.overridden.count) "
          + "thủ tục được sửa, \(merged.synonyms.count) từ đồng nghĩa, "
          + "\(merged.glossary.count) mục thuật ngữ tiếng Anh.")
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Describe the index: procedures, terms, levels, sources.")

    @Flag(name: .long, help: "Print the figures as one JSON object.")
    var json = false

    @OptionGroup var options: IndexOptions

    func run() throws {
      let workspace = options.workspace
      try workspace.ensureIndex()
      let stats = try IndexStatistics.read(at: workspace.index)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(stats), as: UTF8.self))
        return
      }
      print("Chỉ mục: \(workspace.displayPath(workspace.index))")
      print("Thủ tục: \(stats.procedures)  (nguồn: \(stats.sources))")
      print("Thuật ngữ: \(stats.terms)  ·  kích thước: \(stats.bytes / 1024) KiB")
      print("Tạo lúc: \(stats.builtAt)")
      for (level, count) in stats.byLevel.sorted(by: { $0.value > $1.value }) {
        print("  \(level): \(count)")
      }
    }
  }
}
