import Foundation
import Logging
import PostgresNIO

@testable import CaseService

/// The PostgreSQL server of the tests: `TROLY_TEST_POSTGRES` (see scripts/postgres). Each test
/// gets a database of its own, made here and dropped after.
enum TestPostgres {
  static let url: String? = {
    let value = ProcessInfo.processInfo.environment["TROLY_TEST_POSTGRES"] ?? ""
    return value.isEmpty ? nil : value
  }()

  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  static let logger: Logger = {
    var logger = Logger(label: "troly.tests.postgres")
    logger.logLevel = .error
    return logger
  }()

  static func store(url: String, staleClaimTimeout: TimeInterval) throws -> any CaseStore {
    try PostgresCaseStore(url: url, logger: logger, staleClaimTimeout: staleClaimTimeout)
  }

  /// A new, empty database on `server`; its name and URL.
  static func createDatabase(on server: String) async throws -> (name: String, url: String) {
    let name = "troly_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    try await execute("CREATE DATABASE \(name)", on: server)
    guard var components = URLComponents(string: server) else {
      throw CaseStoreError.invalidPostgresURL("TROLY_TEST_POSTGRES is not a URL")
    }
    components.path = "/" + name
    guard let url = components.string else {
      throw CaseStoreError.invalidPostgresURL("TROLY_TEST_POSTGRES is not a URL")
    }
    return (name, url)
  }

  static func dropDatabase(_ name: String, on server: String) async throws {
    try await execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: server)
  }

  /// Runs one statement on `server`'s own database, through a client of its own.
  static func execute(_ sql: String, on server: String) async throws {
    let client = PostgresClient(
      configuration: try PostgresURL(server).configuration, backgroundLogger: logger)
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { await client.run() }
      defer { group.cancelAll() }
      _ = try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
    }
  }
}
