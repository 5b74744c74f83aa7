import CaseModel
import CaseService
import Foundation
import Testing

/// The `CaseStore` contract, run against every store (SQLite and PostgreSQL).
@Suite struct CaseStoreTests {
  typealias F = StoreFixtures

  @Test(arguments: StoreKind.tested)
  func sequenceCountsPerUnitPerDayWithFourDigits(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated()
      // 23:59:59 and then midnight in Ho Chi Minh City (16:59:59 and 17:00:00 UTC).
      let lateMonday = Date(timeIntervalSince1970: 1_767_632_399)
      let tuesday = Date(timeIntervalSince1970: 1_767_632_400)
      let first = try await F.submit(store, unit: "HCM", now: F.monday)
      let second = try await F.submit(store, unit: "HCM", now: lateMonday)
      let otherUnit = try await F.submit(store, unit: "Q1", now: F.monday)
      let nextDay = try await F.submit(store, unit: "HCM", now: tuesday)
      #expect(first.description == "HCM-260105-0001")
      #expect(second.description == "HCM-260105-0002")
      #expect(otherUnit.description == "Q1-260105-0001")
      #expect(nextDay.description == "HCM-260106-0001")
      #expect(try await store.count() == 4)
    }
  }

  @Test(arguments: StoreKind.tested)
  func concurrentCreatesGetDistinctNumbers(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated()
      let numbers = try await Self.submitConcurrently(200, to: [store])
      #expect(numbers.count == 200)
      #expect(Set(numbers).count == 200)
      #expect(Set(numbers.map(\.sequence)) == Set(1...200))
      #expect(try await store.count() == 200)
    }
  }

  @Test(arguments: StoreKind.tested)
  func twoInstancesOnOneDatabaseNeverShareANumber(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let first = try place.open()
      let second = try place.open()
      // Both instances start (and migrate) together.
      async let firstMigrated: Void = first.migrate()
      async let secondMigrated: Void = second.migrate()
      _ = try await (firstMigrated, secondMigrated)
      let numbers = try await Self.submitConcurrently(160, to: [first, second])
      #expect(Set(numbers).count == 160)
      #expect(Set(numbers.map(\.sequence)) == Set(1...160))
      #expect(try await first.count() == 160)
      #expect(try await second.count() == 160)
    }
  }

  @Test(arguments: StoreKind.tested)
  func claimReplaysAndRefusesAnotherBody(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated()
      let key = F.key("k-1")
      #expect(try await store.claim(key: key, fingerprint: "body-a", now: F.monday) == .claimed)
      let response = try await store.create(
        F.submission(), unit: "HCM", key: key, now: F.monday, response: F.created)
      #expect(response.status == 201)
      #expect(try F.receipt(response).dossier.description == "HCM-260105-0001")
      let later = F.monday.addingTimeInterval(3600)
      #expect(
        try await store.claim(key: key, fingerprint: "body-a", now: later) == .replay(response))
      #expect(try await store.claim(key: key, fingerprint: "body-b", now: later) == .mismatch)
      // Keys belong to their principal: another kiosk may use the same one.
      #expect(
        try await store.claim(
          key: F.key("k-1", principal: "K02"), fingerprint: "body-b", now: later)
          == .claimed)
      // A used key never makes a second case.
      await #expect(throws: CaseStoreError.claimNotPending) {
        try await store.create(
          F.submission(), unit: "HCM", key: key, now: later, response: F.created)
      }
      #expect(try await store.count() == 1)
    }
  }

  @Test(arguments: StoreKind.tested)
  func pendingClaimIsInFlightUntilStaleThenTakenOverOnce(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated(staleClaimTimeout: 30)
      let key = F.key("k-2")
      let start = F.monday
      #expect(try await store.claim(key: key, fingerprint: "a", now: start) == .claimed)
      #expect(
        try await store.claim(key: key, fingerprint: "a", now: start.addingTimeInterval(5))
          == .inFlight)
      #expect(
        try await store.claim(key: key, fingerprint: "b", now: start.addingTimeInterval(5))
          == .mismatch)
      // Abandoned: several retries arrive at once, exactly one takes the claim over.
      let stale = start.addingTimeInterval(31)
      let claims = try await withThrowingTaskGroup(of: IdempotencyClaim.self) { group in
        for _ in 0..<8 {
          group.addTask { try await store.claim(key: key, fingerprint: "a", now: stale) }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(claims.filter { $0 == .claimed }.count == 1)
      #expect(claims.filter { $0 == .inFlight }.count == 7)
      // The takeover restarted the clock.
      #expect(
        try await store.claim(key: key, fingerprint: "a", now: stale.addingTimeInterval(10))
          == .inFlight)
      let response = try await store.create(
        F.submission(), unit: "HCM", key: key, now: stale, response: F.created)
      #expect(
        try await store.claim(key: key, fingerprint: "a", now: stale.addingTimeInterval(60))
          == .replay(response))
    }
  }

  @Test(arguments: StoreKind.tested)
  func releaseLetsTheSameKeyBeClaimedAgain(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated()
      let key = F.key("k-3")
      #expect(try await store.claim(key: key, fingerprint: "a", now: F.monday) == .claimed)
      try await store.release(key: key)
      await #expect(throws: CaseStoreError.claimNotPending) {
        try await store.create(
          F.submission(), unit: "HCM", key: key, now: F.monday, response: F.created)
      }
      #expect(try await store.count() == 0)
      // Released, the key is new again, even with another body.
      #expect(try await store.claim(key: key, fingerprint: "b", now: F.monday) == .claimed)
      let response = try await store.create(
        F.submission(), unit: "HCM", key: key, now: F.monday, response: F.created)
      // Releasing a key that was answered keeps its answer.
      try await store.release(key: key)
      #expect(try await store.claim(key: key, fingerprint: "b", now: F.monday) == .replay(response))
    }
  }

  @Test(arguments: StoreKind.tested)
  func findReturnsTheCaseWithExactDates(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated()
      let dossier = try await F.submit(store, unit: "HCM", now: F.monday)
      let found = try #require(try await store.find(dossier))
      #expect(found.view.dossier == dossier)
      #expect(found.view.procedureCode == "1.001193")
      #expect(found.view.status == .registered)
      #expect(found.view.statusLabel == "Mới đăng ký")
      #expect(found.view.submittedAt == F.monday)
      #expect(found.view.history == [CaseStatusView.Event(status: .registered, at: F.monday)])
      #expect(found.idNumber == "079190001234")
      #expect(found.kioskID == "K01")
      #expect(try await store.find(DossierNumber(unit: "HCM", day: "260105", sequence: 2)) == nil)
      #expect(try await store.find(DossierNumber(unit: "Q1", day: "260105", sequence: 1)) == nil)
    }
  }

  @Test(arguments: StoreKind.tested)
  func statusMovesFollowTheAllowedStepsAndKeepHistory(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated()
      let dossier = try await F.submit(store, now: F.monday)
      let steps: [(CaseStatus, String?)] = [
        (.accepted, "Đủ hồ sơ"), (.processing, nil), (.processed, nil),
      ]
      for (index, (status, note)) in steps.enumerated() {
        let at = F.monday.addingTimeInterval(Double(index + 1) * 3600.25)
        let outcome = try await store.changeStatus(
          dossier, StatusChange(status: status, note: note), now: at)
        guard case .changed(let view) = outcome else {
          Issue.record("moving to \(status) gave \(outcome)")
          return
        }
        #expect(view.status == status)
      }
      // Processed may only move to result returned.
      let refused = try await store.changeStatus(
        dossier, StatusChange(status: .accepted), now: F.monday.addingTimeInterval(90_000))
      #expect(refused == .notAllowed(from: .processed))
      let unknown = DossierNumber(unit: "HCM", day: "260105", sequence: 99)
      #expect(
        try await store.changeStatus(unknown, StatusChange(status: .accepted), now: F.monday)
          == .notFound)
      let found = try #require(try await store.find(dossier))
      #expect(found.view.status == .processed)
      #expect(
        found.view.history.map(\.status) == [.registered, .accepted, .processing, .processed])
      #expect(found.view.history.map(\.note) == [nil, "Đủ hồ sơ", nil, nil])
      #expect(
        found.view.history.map(\.at)
          == [0, 1, 2, 3].map { F.monday.addingTimeInterval(Double($0) * 3600.25) })
    }
  }

  @Test(arguments: StoreKind.tested)
  func withdrawnIsFinal(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let store = try await place.migrated()
      let dossier = try await F.submit(store, now: F.monday)
      let withdrawn = try await store.changeStatus(
        dossier, StatusChange(status: .withdrawn, note: "Công dân rút"), now: F.monday)
      guard case .changed = withdrawn else {
        Issue.record("withdrawing gave \(withdrawn)")
        return
      }
      for status in CaseStatus.allCases {
        #expect(
          try await store.changeStatus(dossier, StatusChange(status: status), now: F.monday)
            == .notAllowed(from: .withdrawn))
      }
      #expect(try await store.find(dossier)?.view.history.count == 2)
    }
  }

  @Test(arguments: StoreKind.tested)
  func dataSurvivesReopeningTheStore(kind: StoreKind) async throws {
    try await withStorePlace(kind) { place in
      let first = try await place.migrated()
      let key = F.key("k-4")
      #expect(try await first.claim(key: key, fingerprint: "a", now: F.monday) == .claimed)
      let response = try await first.create(
        F.submission(), unit: "HCM", key: key, now: F.monday, response: F.created)
      let dossier = try F.receipt(response).dossier
      _ = try await first.changeStatus(dossier, StatusChange(status: .accepted), now: F.monday)
      let before = try await first.find(dossier)
      await first.close()

      let reopened = try await place.migrated()
      #expect(try await reopened.count() == 1)
      #expect(try await reopened.find(dossier) == before)
      #expect(
        try await reopened.claim(key: key, fingerprint: "a", now: F.monday) == .replay(response))
      // The day's sequence goes on where it was.
      #expect(try await F.submit(reopened, now: F.monday).sequence == 2)
    }
  }

  /// Claims and creates `count` cases at once, spread over `stores`; their dossier numbers.
  static func submitConcurrently(_ count: Int, to stores: [any CaseStore]) async throws
    -> [DossierNumber]
  {
    try await withThrowingTaskGroup(of: DossierNumber.self) { group in
      for index in 0..<count {
        let store = stores[index % stores.count]
        group.addTask { try await StoreFixtures.submit(store, now: StoreFixtures.monday) }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
  }
}
