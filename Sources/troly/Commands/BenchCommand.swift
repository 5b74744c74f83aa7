import ArgumentParser
import Foundation
import KnowledgeBase

#if canImport(Glibc)
  import Glibc
#endif

struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmarks that print their figures.",
    subcommands: [SearchBench.self, ChatBench.self, ReplayBench.self, CasesBench.self])
}

struct SearchBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search speed: per-query latency, batch throughput, cold start, index build.",
    discussion: """
      Per query: in-process and warm, over the queries repeated. Batch: a `troly search --json \
      --limit 10 --stdin` process over the queries repeated, start-up subtracted. Cold: whole \
      `troly search` processes. Build: a full index build from the sources into a temporary file.
      """)

  @Option(
    name: .long, help: "Query file in the eval format (default ../shared/data/queries/dev.tsv).")
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

    // Batches through --stdin, start-up subtracted (medians of 5 runs).
    let arguments = ["search", "--json", "--limit", "10", "--stdin"] + indexArguments
    let emptyRun = try median(5) { try time(executable, arguments, Data()) }
    for count in [1, repetitions] {
      let batch = Array(repeating: texts, count: count).flatMap { $0 }
      let input = Data((batch.joined(separator: "\n") + "\n").utf8)
      let fullRun = try median(5) { try time(executable, arguments, input) }
      let perQuery = (fullRun - emptyRun) / Double(batch.count) * 1000
      print("search --json --limit 10 --stdin, the queries \(count == 1 ? "once" : "×\(count)"):")
      print(
        String(
          format: "  %d queries, %.3f s in all, start-up %.3f s, %.3f ms per query (JSON included)",
          batch.count, fullRun, emptyRun, perQuery))
    }

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

  private func median(_ runs: Int, _ measure: () throws -> Double) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try measure()) }
    return times.sorted()[runs / 2]
  }

  /// Wall time of one process run with `input` on its stdin, output discarded. Spawned with
  /// posix_spawn and reaped with waitpid: Foundation's Process adds tens of milliseconds.
  private func time(_ executable: URL, _ arguments: [String], _ input: Data) throws -> Double {
    var pipe: [Int32] = [0, 0]
    guard Glibc.pipe(&pipe) == 0 else { throw BenchError.spawn("pipe") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipe[0], 0)
    posix_spawn_file_actions_addclose(&actions, pipe[1])
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, executable.path, &actions, nil, argv, environ) == 0 else {
      close(pipe[0])
      close(pipe[1])
      throw BenchError.spawn(executable.path)
    }
    close(pipe[0])
    input.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = write(pipe[1], raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
    close(pipe[1])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
}

enum BenchError: Error, CustomStringConvertible {
  case spawn(String)

  var description: String {
    switch self {
    case .spawn(let what): return "không chạy được \(what)"
    }
  }
}
