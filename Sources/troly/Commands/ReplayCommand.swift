import ArgumentParser
import Conversation
import Foundation
import KnowledgeBase
import Transcripts

struct ReplayCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay transcripts through the real engine and index, with a fixed clock.",
    discussion: """
      PATHS are .transcript files or folders (default transcripts/). Every failure names \
      path:line and the turn, with expected against actual as a diff. Ends with the line \
      "N passed, N failed"; exits 1 on any failure. The format is in docs/transcripts.md.
      """)

  @Argument(help: "Transcript files or folders (default: transcripts/).")
  var paths: [String] = []

  @Option(name: .long, help: "Write a JUnit XML report here.")
  var junit: String?

  @Option(name: .long, help: "Write a JSON report here.")
  var json: String?

  @Flag(
    name: .long, help: "Rewrite the expected replies from the actual ones (for intended changes).")
  var update = false

  @Option(name: .long, help: "Only transcripts with this tag.")
  var filter: String?

  @OptionGroup var options: IndexOptions

  func run() async throws {
    let workspace = options.workspace
    let files = try TranscriptFiles.find(paths.isEmpty ? ["transcripts"] : paths)
    let engine = Engine(
      catalog: try workspace.openSearcher(),
      intents: try ChatIntents.recognizer(root: workspace.root))
    let replayer = Replayer(engine: engine, cases: ReplayCases(catalog: engine.catalog))
    var outcomes: [Replayer.Outcome] = []
    var problems: [String: String] = [:]
    for file in files {
      let path = workspace.displayPath(file)
      guard let data = FileManager.default.contents(atPath: file.path) else {
        problems[path] = "\(path):1: không đọc được tệp"
        continue
      }
      let text = String(decoding: data, as: UTF8.self)
      let transcript: Transcript
      do {
        transcript = try TranscriptParser.parse(text, path: path)
      } catch {
        problems[path] = error.description
        continue
      }
      if let filter, !transcript.tags.contains(filter) { continue }
      let outcome = await replayer.run(transcript)
      outcomes.append(outcome)
      if update && !outcome.passed {
        let rewritten = TranscriptWriter.updated(text, replies: outcome.replies)
        try rewritten.write(to: file, atomically: true, encoding: .utf8)
        print("đã cập nhật \(path)")
      }
    }
    for outcome in outcomes where !outcome.passed {
      print(ReplayReport.text(outcome), terminator: "")
    }
    for problem in problems.values.sorted() { print(problem) }
    if let junit {
      try ReplayReport.junit(outcomes, problems: problems).write(
        toFile: junit, atomically: true, encoding: .utf8)
    }
    if let json {
      try ReplayReport.json(outcomes, problems: problems).write(
        toFile: json, atomically: true, encoding: .utf8)
    }
    let failed = outcomes.filter { !$0.passed }.count + problems.count
    let passed = outcomes.count - outcomes.filter { !$0.passed }.count
    print("\(passed) passed, \(failed) failed")
    if failed > 0 && !update { throw ExitCode.failure }
  }
}

/// The `.transcript` files named by paths: files as given, folders searched recursively.
enum TranscriptFiles {
  static func find(_ paths: [String]) throws -> [URL] {
    var files: [URL] = []
    let fm = FileManager.default
    for path in paths {
      var isFolder: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
        Console.error("troly: không tìm thấy \(path)")
        throw ExitCode.failure
      }
      let url = URL(fileURLWithPath: path)
      guard isFolder.boolValue else {
        files.append(url)
        continue
      }
      let enumerator = fm.enumerator(at: url, includingPropertiesForKeys: nil)
      var found: [URL] = []
      while let next = enumerator?.nextObject() as? URL {
        if next.pathExtension == "transcript" { found.append(next) }
      }
      files.append(contentsOf: found.sorted { $0.path < $1.path })
    }
    return files
  }
}
