import ArgumentParser
import CaseClient
import CaseService
import Foundation
import KnowledgeBase
import Logging

/// Where the kiosk hands cases off: `--case-service URL` with `--case-token`, or, by default, a
/// case service started in this process on 127.0.0.1 with its SQLite store under var/.
struct CaseServiceOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The case service's base URL; without it the service runs in-process on 127.0.0.1.",
      valueName: "url"))
  var caseService: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The kiosk's bearer token for --case-service (or TROLY_CASE_TOKEN).", valueName: "token"))
  var caseToken: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "This kiosk's id, as the tokens file names it (default: the first kiosk of var/tokens, or kiosk-01).",
      valueName: "id"))
  var kioskID: String?

  @Option(
    name: .long,
    help: ArgumentHelp("The kiosk's outbox (default var/outbox.sqlite).", valueName: "file"))
  var outbox: String?

  func validate() throws {
    if let caseService {
      guard let url = URL(string: caseService), ["http", "https"].contains(url.scheme ?? ""),
        url.host != nil
      else {
        throw ValidationError("--case-service takes an http(s) URL, e.g. http://10.0.0.5:8080")
      }
      guard caseToken ?? ProcessInfo.processInfo.environment["TROLY_CASE_TOKEN"] != nil else {
        throw ValidationError(
          "--case-service needs the kiosk's token: --case-token or TROLY_CASE_TOKEN")
      }
    }
    if let kioskID, !KioskID.isValid(kioskID) {
      throw ValidationError("--kiosk-id takes 1 to 64 letters, digits, '.', '_' or '-'")
    }
  }

  func outboxPath(_ workspace: Workspace) -> String {
    outbox ?? workspace.root.appendingPathComponent("var/outbox.sqlite").path
  }
}

/// The kiosk's connection to a case service: the endpoint, and the in-process service when
/// there is no remote one.
struct CaseServiceConnection: Sendable {
  let endpoint: CaseServiceEndpoint
  let embedded: RunningCaseServer?
  let store: (any CaseStore)?

  /// Connects as `options` say; starts the in-process service when no URL is given (opening
  /// `catalog` only then, to check procedure codes).
  static func open(
    _ options: CaseServiceOptions, workspace: Workspace,
    catalog: () throws -> any ProcedureCatalog, logger: Logger
  ) async throws -> CaseServiceConnection {
    if let url = options.caseService {
      let token = options.caseToken ?? ProcessInfo.processInfo.environment["TROLY_CASE_TOKEN"] ?? ""
      return CaseServiceConnection(
        endpoint: CaseServiceEndpoint(
          baseURL: url, token: token, kioskID: options.kioskID ?? "kiosk-01"),
        embedded: nil, store: nil)
    }
    let tokensPath = workspace.root.appendingPathComponent("var/tokens").path
    let tokens =
      FileManager.default.fileExists(atPath: tokensPath)
      ? try TokenTable.load(contentsOf: tokensPath) : try TokenTable.makeDefault(at: tokensPath)
    let kioskID = options.kioskID ?? tokens.kioskIDs.first ?? "kiosk-01"
    guard let token = tokens.token(forKiosk: kioskID) else {
      throw ValidationError(
        "\(workspace.displayPath(URL(fileURLWithPath: tokensPath))) has no token for kiosk \(kioskID)"
      )
    }
    let catalog = try catalog()
    let store = try SQLiteCaseStore(
      path: workspace.root.appendingPathComponent("var/cases.sqlite").path)
    let server = CaseServer(
      store: store, procedureExists: { code in (try? catalog.procedure(code: code)) != nil },
      tokens: tokens, configuration: CaseServer.Configuration(host: "127.0.0.1", port: 0),
      logger: logger)
    let running = try await server.start()
    return CaseServiceConnection(
      endpoint: CaseServiceEndpoint(baseURL: running.baseURL, token: token, kioskID: kioskID),
      embedded: running, store: store)
  }

  func close() async {
    await embedded?.stop()
    await store?.close()
  }
}
