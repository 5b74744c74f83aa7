import ArgumentParser
import AsyncHTTPClient
import CaseClient
import CaseModel
import CaseService
import Foundation
import KnowledgeBase
import Logging

/// `troly bench cases`: submissions per second and latency over loopback, against the real
/// service (Hummingbird) on the SQLite store and, with a URL, on PostgreSQL.
struct CasesBench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases",
    abstract: "Case submissions per second and p50/p95/p99 latency on loopback.",
    discussion: """
      Starts the case service in this process on 127.0.0.1 (a fresh SQLite store in a temporary \
      folder; PostgreSQL with --postgres URL or TROLY_BENCH_POSTGRES) and submits --cases new \
      cases from --concurrency clients over HTTP/1.1 keep-alive connections, each with its own \
      Idempotency-Key. Client and service share this machine's cores.
      """)

  @Option(name: .long, help: "How many submissions to time (after a warm-up of 200).")
  var cases = 5000

  @Option(name: .long, help: "How many clients submit at once.")
  var concurrency = 16

  @Option(name: .long, help: "Also measure a PostgreSQL store at this URL (its tables are made).")
  var postgres: String?

  @OptionGroup var options: IndexOptions

  func validate() throws {
    guard (1...1_000_000).contains(cases), (1...512).contains(concurrency) else {
      throw ValidationError("--cases takes 1 to 1000000, --concurrency 1 to 512")
    }
  }

  func run() async throws {
    let workspace = options.workspace
    let index = ProcedureIndex(catalog: try workspace.openSearcher(), logger: .silent)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let sqlite = try SQLiteCaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
    try await measure("SQLite (WAL)", store: sqlite, index: index)
    await sqlite.close()
    if let url = postgres ?? ProcessInfo.processInfo.environment["TROLY_BENCH_POSTGRES"] {
      let store = try PostgresCaseStore(url: url, logger: .silent)
      try await measure("PostgreSQL", store: store, index: index)
      await store.close()
    } else {
      print("PostgreSQL: not measured (give --postgres URL or TROLY_BENCH_POSTGRES)")
    }
  }

  private func measure(_ name: String, store: any CaseStore, index: ProcedureIndex) async throws {
    let token = "bench-" + UUID().uuidString
    let server = try await CaseServer(
      store: store, procedureExists: index.existence,
      tokens: TokenTable([.init(token: token, principal: .kiosk(id: "kiosk-bench"))]),
      configuration: .init(host: "127.0.0.1", port: 0), logger: .silent
    ).start()
    var configuration = HTTPClient.Configuration()
    configuration.connectionPool = .init(
      idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: concurrency)
    let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    let client = CaseServiceClient(
      endpoint: CaseServiceEndpoint(baseURL: server.baseURL, token: token, kioskID: "kiosk-bench"),
      http: http, timeout: .seconds(30))
    let run = UUID().uuidString.prefix(8)

    _ = try await submit(200, offset: 0, run: run, client: client)
    let start = DispatchTime.now().uptimeNanoseconds
    let (latencies, failures) = try await submit(cases, offset: 200, run: run, client: client)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    try await http.shutdown()
    await server.stop()

    let sorted = latencies.sorted()
    func percentile(_ p: Double) -> Double {
      sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
    print(
      "\(name): \(cases) submissions from \(concurrency) clients in "
        + String(format: "%.2f s: %.0f/s", seconds, Double(cases) / seconds))
    print(
      String(
        format: "  latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; failures %d",
        percentile(0.5), percentile(0.95), percentile(0.99), sorted.last ?? 0, failures))
  }

  /// Submits `count` new cases from `concurrency` workers; latencies in milliseconds.
  private func submit(_ count: Int, offset: Int, run: Substring, client: CaseServiceClient)
    async throws -> ([Double], Int)
  {
    let workers = concurrency
    return await withTaskGroup(of: ([Double], Int).self) { group in
      for worker in 0..<workers {
        group.addTask {
          var latencies: [Double] = []
          var failures = 0
          var index = worker
          while index < count {
            let number = offset + index
            let submission = CaseSubmission.synthetic(
              number: number, procedure: "1.001193", kioskID: "kiosk-bench")
            let begin = DispatchTime.now().uptimeNanoseconds
            let delivery = await client.deliver(
              submission, idempotencyKey: "bench-\(run)-\(number)")
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            if case .created = delivery {} else { failures += 1 }
            index += workers
          }
          return (latencies, failures)
        }
      }
      var all: [Double] = []
      var failures = 0
      for await (latencies, failed) in group {
        all += latencies
        failures += failed
      }
      return (all, failures)
    }
  }
}
