import CaseService
import Foundation
import Testing

/// The stores the suite runs against.
enum StoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
  case sqlite
  case postgres

  var testDescription: String { rawValue }

  /// SQLite always. PostgreSQL when `TROLY_TEST_POSTGRES` names a server, and also in CI without
  /// it, where its cases then fail: CI must never pass without having tested PostgreSQL.
  static let tested: [StoreKind] = {
    if TestPostgres.url != nil || TestPostgres.isCI { return [.sqlite, .postgres] }
    print(
      "note: the PostgreSQL case-store tests are skipped: TROLY_TEST_POSTGRES is not set "
        + "(start a server with scripts/postgres start DIR and export the URL it prints)")
    return [.sqlite]
  }()
}

/// Where one test's stores live: a SQLite file in a new temporary folder, or a new PostgreSQL
/// database. A test opens as many stores on it as it wants (several service instances); they
/// are closed and the place removed when the test ends.
final class StorePlace: @unchecked Sendable {
  let kind: StoreKind
  /// The SQLite path or the PostgreSQL URL.
  let location: String
  private let lock = NSLock()
  private var stores: [any CaseStore] = []

  init(kind: StoreKind, location: String) {
    self.kind = kind
    self.location = location
  }

  /// A new store on this place, not migrated.
  func open(staleClaimTimeout: TimeInterval = 30) throws -> any CaseStore {
    let store: any CaseStore
    switch kind {
    case .sqlite:
      store = try SQLiteCaseStore(path: location, staleClaimTimeout: staleClaimTimeout)
    case .postgres:
      store = try TestPostgres.store(url: location, staleClaimTimeout: staleClaimTimeout)
    }
    lock.withLock { stores.append(store) }
    return store
  }

  /// A new, migrated store on this place.
  func migrated(staleClaimTimeout: TimeInterval = 30) async throws -> any CaseStore {
    let store = try open(staleClaimTimeout: staleClaimTimeout)
    try await store.migrate()
    return store
  }

  func closeAll() async {
    let all = lock.withLock { stores }
    for store in all { await store.close() }
  }
}

/// Runs `body` with a fresh place for `kind`'s stores, then closes its stores and removes it.
func withStorePlace(_ kind: StoreKind, _ body: (StorePlace) async throws -> Void) async throws {
  switch kind {
  case .sqlite:
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("troly-store-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    // A folder that does not exist yet: the store makes it.
    let path = folder.appendingPathComponent("var/cases.sqlite").path
    try await run(body, in: StorePlace(kind: kind, location: path))
  case .postgres:
    guard let server = TestPostgres.url else {
      Issue.record(
        """
        CI=true but TROLY_TEST_POSTGRES is not set: the PostgreSQL case store must be tested in \
        CI. Start a server with `scripts/postgres start DIR` and export the URL it prints.
        """)
      return
    }
    let database = try await TestPostgres.createDatabase(on: server)
    do {
      try await run(body, in: StorePlace(kind: kind, location: database.url))
    } catch {
      try? await TestPostgres.dropDatabase(database.name, on: server)
      throw error
    }
    try await TestPostgres.dropDatabase(database.name, on: server)
  }
}

private func run(_ body: (StorePlace) async throws -> Void, in place: StorePlace) async throws {
  do {
    try await body(place)
  } catch {
    await place.closeAll()
    throw error
  }
  await place.closeAll()
}
