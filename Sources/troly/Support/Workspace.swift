import ArgumentParser
import Foundation
import KnowledgeBase

/// Where things are: the knowledge base, the sources and the index, relative to the working
/// directory (the repository root).
struct Workspace {
  let root: URL
  let knowledgeBase: URL
  let index: URL

  init(indexPath: String?) {
    root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    knowledgeBase = root.appendingPathComponent("knowledge-base")
    let environment = ProcessInfo.processInfo.environment["TROLY_INDEX"]
    let path = indexPath ?? environment.flatMap { $0.isEmpty ? nil : $0 } ?? "var/index.sqlite"
    index = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
  }

  /// Loads and merges the knowledge base, printing every problem as `path:line: message`.
  func loadKnowledgeBase() throws -> MergedKnowledgeBase {
    do {
      return try KnowledgeBaseLoader.load(folder: knowledgeBase, root: root)
    } catch {
      for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
      let count = error.diagnostics.count
      Console.error("\(count) lỗi trong knowledge-base; chỉ mục giữ nguyên.")
      throw ExitCode.failure
    }
  }

  /// Builds the index, reporting progress on a terminal.
  @discardableResult
  func buildIndex() throws -> IndexBuilder.Summary {
    let progress = Console.Progress()
    progress.update("đọc knowledge-base và các nguồn…")
    let merged = try loadKnowledgeBase()
    progress.update("tạo chỉ mục \(merged.procedures.count) thủ tục…")
    let summary = try IndexBuilder().build(merged, at: index)
    progress.finish()
    return summary
  }

  /// Builds the index first when it is missing or older than its inputs, and says so on stderr.
  func ensureIndex() throws {
    let inputs = KnowledgeBaseLoader.inputs(folder: knowledgeBase, root: root)
    guard let reason = IndexFreshness.staleReason(index: index, inputs: inputs) else { return }
    Console.error("troly: đang tạo chỉ mục (\(reason))…")
    let summary = try buildIndex()
    Console.error(
      "troly: đã tạo chỉ mục \(displayPath(index)): \(summary.procedures) thủ tục, "
        + String(format: "%.2f s", summary.seconds))
  }

  func openSearcher() throws -> Searcher {
    try ensureIndex()
    do {
      return try Searcher(indexAt: index)
    } catch {
      Console.error("troly: không mở được chỉ mục \(displayPath(index)): \(error)")
      throw ExitCode.failure
    }
  }

  func displayPath(_ url: URL) -> String {
    let path = url.path
    return path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
  }
}

/// Options every index-using command shares.
struct IndexOptions: ParsableArguments {
  @Option(name: .long, help: "The index file (default var/index.sqlite, or $TROLY_INDEX).")
  var index: String?

  var workspace: Workspace { Workspace(indexPath: index) }
}
