import CaseClient
import CaseModel
import CaseService
import Foundation
import KnowledgeBase
import Logging

/// The hand-off as replay runs it: for each transcript that submits or looks up a case, a real
/// case service in this process on 127.0.0.1 with its own SQLite store in a temporary folder, and
/// a real outbox beside it, all on the replay's fixed clock, so dossier numbers come out the same
/// on every run. `service: down` in a transcript's header points the kiosk at an address where
/// nothing listens instead.
public struct ReplayCases: Sendable {
  let catalog: any ProcedureCatalog

  public init(catalog: any ProcedureCatalog) {
    self.catalog = catalog
  }

  /// One transcript's desk, and how to tear it down.
  public struct Session: Sendable {
    public let desk: any CaseHandoff
    let server: RunningCaseServer?
    let store: (any CaseStore)?
    let folder: URL

    public func close() async {
      await server?.stop()
      await store?.close()
      try? FileManager.default.removeItem(at: folder)
    }
  }

  static let kioskID = "kiosk-replay"

  public func open(for transcript: Transcript) async throws -> Session {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-replay-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let clock: @Sendable () -> Date = { Replayer.clock }
    let logger = Logger(label: "troly.replay", factory: { _ in SwiftLogNoOpLogHandler() })
    var system = SystemRandomNumberGenerator()
    let token = TokenTable.randomToken(using: &system)
    var server: RunningCaseServer?
    var store: (any CaseStore)?
    var baseURL = "http://127.0.0.1:9"
    if transcript.serviceUp {
      let sqlite = try SQLiteCaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
      store = sqlite
      let catalog = self.catalog
      let running = try await CaseServer(
        store: sqlite, procedureExists: { code in (try? catalog.procedure(code: code)) != nil },
        tokens: TokenTable([.init(token: token, principal: .kiosk(id: Self.kioskID))]),
        configuration: CaseServer.Configuration(host: "127.0.0.1", port: 0), logger: logger,
        clock: clock
      ).start()
      server = running
      baseURL = running.baseURL
    }
    // Seeded, so a transcript can type the provisional reference it was given.
    let outbox = try Outbox(
      path: folder.appendingPathComponent("outbox.sqlite").path, referenceSeed: 2026)
    let client = CaseServiceClient(
      endpoint: CaseServiceEndpoint(baseURL: baseURL, token: token, kioskID: Self.kioskID),
      // AsyncHTTPClient keeps trying to connect until the deadline: short where nothing listens.
      timeout: transcript.serviceUp ? .seconds(3) : .milliseconds(200))
    let desk = CaseDesk(
      courier: OutboxCourier(outbox: outbox, client: client, clock: clock, logger: logger),
      kioskID: Self.kioskID, clock: clock)
    return Session(desk: desk, server: server, store: store, folder: folder)
  }
}
