import CaseModel
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The case-submission service: API v1 (docs/openapi.yaml) over a `CaseStore`. Run it as a
/// process (`run`, which stops gracefully on SIGINT/SIGTERM) or in-process (`start`, which the
/// kiosk chat uses on 127.0.0.1 and stops with `RunningCaseServer.stop`).
public struct CaseServer: Sendable {
  public struct Configuration: Sendable {
    public var host: String
    /// 0 picks a free port; the bound one is handed to `onListening`.
    public var port: Int
    /// The receiving unit's code in dossier numbers.
    public var unit: String
    public var maximumBodyBytes: Int

    public init(
      host: String = "127.0.0.1", port: Int = 8080, unit: String = "HCM",
      maximumBodyBytes: Int = 128 * 1024
    ) {
      self.host = host
      self.port = port
      self.unit = unit
      self.maximumBodyBytes = maximumBodyBytes
    }
  }

  public let store: any CaseStore
  public let procedureExists: @Sendable (String) -> Bool
  public let tokens: TokenTable
  public let configuration: Configuration
  public let logger: Logger
  public let clock: @Sendable () -> Date
  public let metrics: ServiceMetrics

  /// - Parameters:
  ///   - procedureExists: whether a procedure code is in the index (`Searcher` in production).
  ///   - clock: the time cases are stamped with (fixed in replays).
  public init(
    store: any CaseStore, procedureExists: @escaping @Sendable (String) -> Bool,
    tokens: TokenTable, configuration: Configuration = Configuration(),
    logger: Logger = Logger(label: "troly.cases"),
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.store = store
    self.procedureExists = procedureExists
    self.tokens = tokens
    self.configuration = configuration
    self.logger = logger
    self.clock = clock
    self.metrics = ServiceMetrics()
  }

  /// The Hummingbird application; `onListening` gets the bound port once it listens.
  public func makeApplication(
    onListening: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let responder = CaseResponder(
      store: store, procedureExists: procedureExists, tokens: tokens,
      unit: configuration.unit, maximumBodyBytes: configuration.maximumBodyBytes,
      clock: clock, metrics: metrics, logger: logger)
    // Header sanity: at most 100 fields, 8 KiB each, 32 KiB in all; idle connections close.
    var application = Application(
      responder: responder,
      server: .http1(
        configuration: .init(
          idleTimeout: .seconds(30),
          httpDecoderConfiguration: .init(
            maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100
          ))),
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port),
        serverName: "troly-cases"),
      onServerRunning: { channel in
        await onListening(channel.localAddress?.port ?? 0)
      },
      logger: logger)
    let store = store
    application.beforeServerStarts { try await store.migrate() }
    return application
  }

  /// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns.
  public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    try await makeApplication(onListening: onListening).runService()
  }

  /// Starts serving in this process and returns once it listens.
  public func start() async throws -> RunningCaseServer {
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let application = makeApplication { port in
      continuation.yield(port)
      continuation.finish()
    }
    let group = ServiceGroup(
      configuration: .init(services: [application], gracefulShutdownSignals: [], logger: logger))
    let task = Task {
      defer { continuation.finish() }
      try await group.run()
    }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else {
      try await task.value
      throw CaseServerError.stoppedBeforeListening
    }
    return RunningCaseServer(host: configuration.host, port: port, group: group, task: task)
  }
}

/// A service started in-process: where it listens, and how to stop it.
public final class RunningCaseServer: Sendable {
  public let host: String
  public let port: Int
  private let group: ServiceGroup
  private let task: Task<Void, any Error>

  init(host: String, port: Int, group: ServiceGroup, task: Task<Void, any Error>) {
    self.host = host
    self.port = port
    self.group = group
    self.task = task
  }

  /// "http://127.0.0.1:PORT".
  public var baseURL: String {
    let name = host.contains(":") ? "[\(host)]" : host
    return "http://\(name):\(port)"
  }

  /// Stops accepting, lets the requests in flight finish, and waits until it has stopped.
  public func stop() async {
    await group.triggerGracefulShutdown()
    _ = await task.result
  }
}

public enum CaseServerError: Error, CustomStringConvertible {
  case stoppedBeforeListening

  public var description: String {
    switch self {
    case .stoppedBeforeListening: return "the case service stopped before it listened"
    }
  }
}
