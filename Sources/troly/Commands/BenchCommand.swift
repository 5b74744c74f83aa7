import ArgumentParser
import Foundation
import KnowledgeBase

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmarks that print their figures.",
    subcommands: [SearchBench.self])
}

struct SearchBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search speed: per-query latency, batch throughput, cold start, index build.",
    discussion: """
      Per query: in-process and warm, over the queries repeated. Batch: a `troly search --json
      --limit 10 --stdin` process over the queries repeated, start-up subtracted. Cold: whole
      `troly search` processes. Build: a full index build from the sources into a temporary file.
      """)

  @Option(name: .long, help: "Query file in the eval format (default ../shared/data/queries/dev.tsv).")
  var queries = "../shared/data/queries/dev.tsv"

  @Option(name: .customLong("repeat"), help: "How many times the queries are repeated.")
  var repetitions = 20

  @Option(name: .long, help: "How many cold processes to time.")
  var cold = 20

  @Flag(name: .long, help: "Skip the index build timing.")
  var skipBuild = false

  @OptionGroup var options: IndexOptions

  func run() throws {
    let workspace = options.workspace
    guard let data = FileManager.default.contents(atPath: queries) else {
      Console.error("troly: không đọc được tệp câu hỏi \(queries)")
      throw ExitCode.failure
    }
    let texts: [String]
    do {
      texts = try QueryFile.parse(String(decoding: data, as: UTF8.self), path: queries).map(\.query)
    } catch {
      for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
      throw ExitCode.failure
    }
    let searcher = try workspace.openSearcher()

    // Warm, in-process.
    for text in texts { _ = try searcher.search(text) }
    var samples: [Double] = []
    for _ in 0..<repetitions {
      for text in texts {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try searcher.search(text, limit: 10)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
    }
    samples.sort()
    print("search, in-process, warm: \(samples.count) queries")
    print(
      String(
        format: "  p50 %.3f ms   p95 %.3f ms   p99 %.3f ms   max %.3f ms   mean %.3f ms",
        percentile(samples, 50), percentile(samples, 95), percentile(samples, 99),
        samples.last ?? 0, samples.reduce(0, +) / Double(max(samples.count, 1))))

    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    let indexArguments = ["--index", workspace.index.path]

    // Batch through --stdin, start-up subtracted.
    let batch = Array(repeating: texts, count: repetitions).flatMap { $0 }
    let input = Data((batch.joined(separator: "\n") + "\n").utf8)
    let emptyRun = try time(executable, ["search", "--json", "--stdin"] + indexArguments, Data())
    let fullRun = try time(
      executable, ["search", "--json", "--limit", "10", "--stdin"] + indexArguments, input)
    let perQuery = (fullRun - emptyRun) / Double(batch.count) * 1000
    print("search --json --limit 10 --stdin: \(batch.count) queries")
    print(
      String(
        format: "  %.3f s in all, start-up %.3f s, %.3f ms per query (JSON included)", fullRun,
        emptyRun, perQuery))

    // Cold processes.
    var coldTimes: [Double] = []
    for index in 0..<cold {
      let text = texts[index % texts.count]
      coldTimes.append(
        try time(executable, ["search", "--json"] + indexArguments + [text], Data()) * 1000)
    }
    coldTimes.sort()
    print("cold `troly search` process: \(coldTimes.count) runs")
    print(
      String(
        format: "  p50 %.1f ms   p95 %.1f ms   max %.1f ms", percentile(coldTimes, 50),
        percentile(coldTimes, 95), coldTimes.last ?? 0))

    if !skipBuild {
      let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
        "troly-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite")
      defer { try? FileManager.default.removeItem(at: temporary) }
      let start = Date()
      let merged = try workspace.loadKnowledgeBase()
      let loaded = Date()
      let summary = try IndexBuilder().build(merged, at: temporary)
      print("index build: \(summary.procedures) procedures")
      print(
        String(
          format: "  %.2f s in all: read and merge %.2f s, index %.2f s",
          Date().timeIntervalSince(start), loaded.timeIntervalSince(start), summary.seconds))
    }
  }

  private func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// Wall time of one process run with `input` on its stdin, output discarded.
  private func time(_ executable: URL, _ arguments: [String], _ input: Data) throws -> Double {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = Date()
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    return Date().timeIntervalSince(start)
  }
}
