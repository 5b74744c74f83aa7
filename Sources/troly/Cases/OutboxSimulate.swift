import ArgumentParser
import CaseClient
import CaseModel
import Foundation

/// `troly outbox simulate`: a kiosk that submits synthetic cases through the outbox, as fast as
/// the service takes them. The fault test kills it with SIGKILL at random points and starts it
/// again: case i always has the client reference `sim-i`, so a restart carries on where the last
/// run stopped and never writes a case twice.
struct OutboxSimulate: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Submit N synthetic cases through the outbox (for fault and load tests).",
    discussion: """
      Case i has CCCD 0790 followed by i on 8 digits and the client reference sim-i. Cases \
      already in the outbox are not written again. Exits 0 once every case is delivered, 1 if \
      --deadline passes first.
      """)

  @Option(name: .long, help: "How many cases.")
  var cases = 100

  @Option(name: .long, help: "The procedure code of every case (it must be in the index).")
  var procedure = "1.001193"

  @Option(name: .long, help: "Give up after this many seconds.")
  var deadline: Double = 120

  @OptionGroup var options: IndexOptions
  @OptionGroup var service: CaseServiceOptions

  func validate() throws {
    guard (1...10_000_000).contains(cases) else {
      throw ValidationError("--cases takes 1 to 10000000")
    }
    guard service.caseService != nil else {
      throw ValidationError("simulate needs --case-service URL and --case-token T")
    }
  }

  func run() async throws {
    let workspace = options.workspace
    let outbox = try Outbox.open(service.outboxPath(workspace))
    let connection = try await CaseServiceConnection.open(
      service, workspace: workspace, catalog: { try workspace.openSearcher() }, logger: .silent)
    let courier = OutboxCourier(
      outbox: outbox,
      client: CaseServiceClient(endpoint: connection.endpoint, timeout: .seconds(2)),
      schedule: RetrySchedule(base: 0.05, cap: 0.5), logger: .silent)
    let kioskID = connection.endpoint.kioskID
    let start = Date()
    for index in 0..<cases {
      let submission = CaseSubmission.synthetic(
        number: index, procedure: procedure, kioskID: kioskID)
      let entry = try outbox.enqueue(submission, now: Date(), clientReference: "sim-\(index)")
      if entry.state == .pending, entry.nextAttemptAt <= Date() {
        await courier.deliver(entry)
      }
    }
    while (try outbox.counts()[.pending] ?? 0) > 0 {
      guard Date().timeIntervalSince(start) < deadline else {
        Console.error("troly: --deadline passed with cases still pending")
        throw ExitCode.failure
      }
      await courier.deliverDue()
      try await Task.sleep(for: .milliseconds(20))
    }
    let counts = try outbox.counts()
    print(
      "delivered \(counts[.delivered] ?? 0), refused \(counts[.refused] ?? 0), pending \(counts[.pending] ?? 0)"
    )
    if (counts[.refused] ?? 0) > 0 { throw ExitCode.failure }
  }
}
