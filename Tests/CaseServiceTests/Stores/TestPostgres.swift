import CaseService
import Foundation
import Logging

/// The PostgreSQL server of the tests: `TROLY_TEST_POSTGRES` (see scripts/postgres).
enum TestPostgres {
  static let url: String? = {
    let value = ProcessInfo.processInfo.environment["TROLY_TEST_POSTGRES"] ?? ""
    return value.isEmpty ? nil : value
  }()

  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  static func store(url: String, staleClaimTimeout: TimeInterval) throws -> any CaseStore {
    throw StoreKindUnavailable()
  }

  static func createDatabase(on server: String) async throws -> (name: String, url: String) {
    throw StoreKindUnavailable()
  }

  static func dropDatabase(_ name: String, on server: String) async throws {
    throw StoreKindUnavailable()
  }

  struct StoreKindUnavailable: Error {}
}
