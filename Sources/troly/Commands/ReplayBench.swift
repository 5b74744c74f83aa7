import ArgumentParser
import Conversation
import Foundation
import Transcripts

struct ReplayBench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay speed: the transcripts replayed in-process until N have run.",
    discussion: """
      Parsing and replaying, with the real engine and index (already built); start-up and the \
      index build are not counted. Target: 100 transcripts in at most 5 s.
      """)

  @Argument(help: "Transcript files or folders (default: transcripts/).")
  var paths: [String] = []

  @Option(name: .long, help: "How many transcript runs to time.")
  var count = 100

  @OptionGroup var options: IndexOptions

  func run() async throws {
    let workspace = options.workspace
    let files = try TranscriptFiles.find(paths.isEmpty ? ["transcripts"] : paths)
    guard !files.isEmpty else {
      Console.error("troly: không có transcript nào để chạy")
      throw ExitCode.failure
    }
    let texts = files.compactMap { file in
      FileManager.default.contents(atPath: file.path).map {
        (workspace.displayPath(file), String(decoding: $0, as: UTF8.self))
      }
    }
    let searcher = try workspace.openSearcher()
    let replayer = Replayer(
      engine: Engine(catalog: searcher, intents: try ChatIntents.recognizer(root: workspace.root)),
      cases: ReplayCases(catalog: searcher))
    var turns = 0
    var times: [Double] = []
    let start = DispatchTime.now().uptimeNanoseconds
    for index in 0..<count {
      let (path, text) = texts[index % texts.count]
      let begin = DispatchTime.now().uptimeNanoseconds
      guard let transcript = try? TranscriptParser.parse(text, path: path) else { continue }
      let outcome = await replayer.run(transcript)
      turns += outcome.replies.count
      times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
    }
    let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    times.sort()
    print("replay, in-process: \(times.count) transcripts (\(texts.count) files), \(turns) turns")
    print(
      String(
        format: "  %.3f s in all, %.2f ms per transcript (p50 %.2f ms, max %.2f ms)", total,
        total * 1000 / Double(max(times.count, 1)), times.isEmpty ? 0 : times[times.count / 2],
        times.last ?? 0))
  }
}
