import CaseClient
import CaseModel
import CaseService
import Foundation
import KnowledgeBase
import Logging

/// Everything the kiosk needs to hand cases off: the outbox, the connection to the case service
/// (in-process by default), the desk the chat submits through, and the courier that delivers
/// what is left in the outbox in the background.
struct KioskHandoff: Sendable {
  let desk: CaseDesk
  let connection: CaseServiceConnection?
  let courier: Task<Void, Never>?
  /// Why the case service could not be reached at start, for the operator (said on stderr when
  /// the chat ends, never on the citizen's screen).
  let problem: String?

  /// An address nothing listens on: used when the service could not be started, so cases still
  /// go to the outbox and get a provisional receipt.
  static let unreachable = "http://127.0.0.1:9"

  /// Opens the outbox and connects; nil when even the outbox cannot be opened.
  static func start(
    _ options: CaseServiceOptions, workspace: Workspace, catalog: any ProcedureCatalog,
    deliverInBackground: Bool, logger: Logger
  ) async -> KioskHandoff? {
    guard let outbox = try? Outbox(path: options.outboxPath(workspace)) else {
      logger.error("the outbox cannot be opened")
      return nil
    }
    var connection: CaseServiceConnection?
    var problem: String?
    do {
      connection = try await CaseServiceConnection.open(
        options, workspace: workspace, catalog: { catalog }, logger: logger)
    } catch {
      problem = PersonalData.mask(String(describing: error))
    }
    let endpoint =
      connection?.endpoint
      ?? CaseServiceEndpoint(
        baseURL: unreachable, token: "", kioskID: options.kioskID ?? "kiosk-01")
    // The citizen waits at most 3 s for an answer; the courier is more patient.
    let desk = CaseDesk(
      courier: OutboxCourier(
        outbox: outbox, client: CaseServiceClient(endpoint: endpoint, timeout: .seconds(3)),
        logger: logger),
      kioskID: endpoint.kioskID, clock: { Date() })
    var courier: Task<Void, Never>?
    if deliverInBackground {
      let background = OutboxCourier(
        outbox: outbox, client: CaseServiceClient(endpoint: endpoint, timeout: .seconds(10)),
        logger: logger)
      courier = Task { await background.run() }
    }
    return KioskHandoff(desk: desk, connection: connection, courier: courier, problem: problem)
  }

  func close() async {
    courier?.cancel()
    _ = await courier?.value
    await connection?.close()
  }
}

/// The desk, once the background start-up has made it: the chat's first prompt never waits for
/// the case service.
struct DeferredCaseDesk: CaseHandoff {
  let handoff: Task<KioskHandoff?, Never>

  func submit(_ application: CaseApplication) async -> SubmissionOutcome {
    guard let desk = await handoff.value?.desk else {
      return .refused(reason: "kiosk chưa lưu được hồ sơ")
    }
    return await desk.submit(application)
  }

  func lookUp(reference: String, idNumber: String) async -> LookupOutcome {
    guard let desk = await handoff.value?.desk else { return .unavailable }
    return await desk.lookUp(reference: reference, idNumber: idNumber)
  }
}

extension Logger {
  /// A logger that writes nothing: the chat's screen belongs to the citizen.
  static var silent: Logger {
    Logger(label: "troly.silent", factory: { _ in SwiftLogNoOpLogHandler() })
  }
}
