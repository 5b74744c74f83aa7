import Foundation
import GRDB
import Testing

@testable import CaseService

@Suite struct SQLiteCaseStoreTests {
  @Test func fileIsInWALModeWithNormalSync() async throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("troly-store-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteCaseStore(path: folder.appendingPathComponent("a/b/cases.sqlite").path)
    try await store.migrate()
    // Migrating again is harmless.
    try await store.migrate()
    let (mode, synchronous) = try await store.pool.read { db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Int.fetchOne(db, sql: "PRAGMA synchronous")
      )
    }
    #expect(mode == "wal")
    #expect(synchronous == 1)  // NORMAL
    await store.close()
  }
}
