import ArgumentParser
import CaseClient
import CaseModel
import Foundation
import Logging

/// `troly outbox status | flush`: the kiosk's submissions the case service has not taken yet.
struct OutboxCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outbox",
    abstract: "Hồ sơ chờ gửi tại kiosk — the kiosk's undelivered submissions.",
    subcommands: [OutboxStatus.self, OutboxFlush.self, OutboxSimulate.self],
    defaultSubcommand: OutboxStatus.self)
}

struct OutboxStatus: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Count the outbox's entries by state and list those not delivered.",
    discussion: "Lists provisional references, attempts and the last error; never personal data.")

  @OptionGroup var options: IndexOptions
  @OptionGroup var cases: CaseServiceOptions

  @Flag(name: .long, help: "One JSON object instead of text.")
  var json = false

  func run() async throws {
    let workspace = options.workspace
    let outbox = try Outbox.open(cases.outboxPath(workspace))
    let counts = try outbox.counts()
    let waiting = try outbox.undelivered()
    if json {
      let entries = waiting.map { entry in
        "{\"reference\": \(jsonString(entry.reference)), \"state\": \(jsonString(entry.state.rawValue)), "
          + "\"attempts\": \(entry.attempts), \"created_at\": \(jsonString(CaseJSON.format(entry.createdAt))), "
          + "\"next_attempt_at\": \(jsonString(CaseJSON.format(entry.nextAttemptAt))), "
          + "\"last_error\": \(entry.lastError.map(jsonString) ?? "null")}"
      }
      print(
        "{\"pending\": \(counts[.pending] ?? 0), \"delivered\": \(counts[.delivered] ?? 0), "
          + "\"refused\": \(counts[.refused] ?? 0), \"undelivered\": [\(entries.joined(separator: ", "))]}"
      )
      return
    }
    print(
      "chờ gửi (pending): \(counts[.pending] ?? 0) · đã gửi (delivered): \(counts[.delivered] ?? 0) · bị từ chối (refused): \(counts[.refused] ?? 0)"
    )
    for entry in waiting {
      let next =
        entry.state == .pending ? ", thử lại lúc \(CaseJSON.format(entry.nextAttemptAt))" : ""
      print(
        "  \(entry.reference)  \(entry.state.rawValue)  \(entry.attempts) lần gửi\(next)"
          + (entry.lastError.map { " — \(TerminalText.sanitized($0))" } ?? ""))
    }
  }
}

struct OutboxFlush: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "flush",
    abstract: "Deliver every pending submission now.",
    discussion: """
      Without --case-service the case service is started in this process, as troly chat does. \
      Exits 1 when some submissions are still pending afterwards.
      """)

  @OptionGroup var options: IndexOptions
  @OptionGroup var cases: CaseServiceOptions

  @Flag(name: .long, help: "Send the refused submissions again too (after fixing the cause).")
  var refused = false

  func run() async throws {
    let workspace = options.workspace
    let outbox = try Outbox.open(cases.outboxPath(workspace))
    if refused { try outbox.requeueRefused(now: Date()) }
    let before = try outbox.counts()[.pending] ?? 0
    guard before > 0 else {
      print("Không có hồ sơ nào chờ gửi (nothing pending).")
      return
    }
    let connection = try await CaseServiceConnection.open(
      cases, workspace: workspace, catalog: { try workspace.openSearcher() }, logger: .silent)
    let courier = OutboxCourier(
      outbox: outbox, client: CaseServiceClient(endpoint: connection.endpoint),
      logger: .silent)
    try outbox.makeAllDue(now: Date())
    let delivered = await courier.deliverDue()
    await connection.close()
    let counts = try outbox.counts()
    print(
      "Đã gửi \(delivered) hồ sơ; còn chờ \(counts[.pending] ?? 0), bị từ chối \(counts[.refused] ?? 0)."
    )
    if (counts[.pending] ?? 0) > 0 { throw ExitCode.failure }
  }
}

extension Outbox {
  /// Opens the outbox, or says clearly why not.
  static func open(_ path: String) throws -> Outbox {
    do {
      return try Outbox(path: path)
    } catch {
      Console.error("troly: không mở được hộp thư đi \(path) (the outbox cannot be opened)")
      throw ExitCode.failure
    }
  }
}
