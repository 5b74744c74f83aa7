import Testing

@testable import CaseService

@Suite struct PostgresCaseStoreTests {
  @Test(arguments: StoreKind.tested.filter { $0 == .postgres })
  func instancesStartingTogetherMigrateOnce(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let stores = try (0..<4).map { _ in try place.open() }
      try await withThrowingTaskGroup(of: Void.self) { group in
        for store in stores { group.addTask { try await store.migrate() } }
        try await group.waitForAll()
      }
      let store = try #require(stores.first as? PostgresCaseStore)
      let versions = try await store.client.withConnection { connection in
        try await store.rows("SELECT version FROM schema_migration ORDER BY version", connection)
          .map { try $0.decode(Int.self) }
      }
      #expect(versions == PostgresSchema.migrations.map(\.version))
      #expect(try await store.count() == 0)
    }
  }
}
