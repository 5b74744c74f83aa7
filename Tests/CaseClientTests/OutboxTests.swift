import CaseClient
import CaseModel
import CaseService
import Foundation
import Logging
import NIOCore
import Testing

/// A real case service (SQLite store on a temp file) on 127.0.0.1, and a real outbox beside it.
struct Kiosk {
  static let token = "kiosk-token-0123456789abcdef"
  static let kioskID = "kiosk-test"
  static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_767_578_400) }
  static let silent = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
  /// How long a test waits for the running service to answer.
  static let patience: TimeAmount = .seconds(60)

  let folder: URL
  let outbox: Outbox

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-outbox-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    outbox = try Outbox(path: folder.appendingPathComponent("outbox.sqlite").path)
  }

  func startService() async throws -> (RunningCaseServer, SQLiteCaseStore) {
    let store = try SQLiteCaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
    let server = try await CaseServer(
      store: store, procedureExists: { $0 == "1.001193" },
      tokens: TokenTable([.init(token: Self.token, principal: .kiosk(id: Self.kioskID))]),
      configuration: .init(host: "127.0.0.1", port: 0), logger: Self.silent, clock: Self.clock
    ).start()
    return (server, store)
  }

  func courier(_ baseURL: String) -> OutboxCourier {
    OutboxCourier(
      outbox: outbox,
      client: CaseServiceClient(
        endpoint: CaseServiceEndpoint(baseURL: baseURL, token: Self.token, kioskID: Self.kioskID),
        // AsyncHTTPClient keeps trying to connect until the deadline: keep it short where
        // nothing listens, and generous where the service runs (the test suites share two
        // cores with it in CI).
        timeout: baseURL == Self.nowhere ? .milliseconds(300) : Self.patience),
      schedule: RetrySchedule(base: 0.01, cap: 0.05), clock: { Date() }, logger: Self.silent)
  }

  static func submission(_ index: Int) -> CaseSubmission {
    CaseSubmission(
      procedureCode: "1.001193",
      applicant: Applicant(
        fullName: "Nguyễn Văn An", idNumber: String(format: "079090%06d", index),
        phone: "0903123456"),
      checklist: ChecklistSummary(had: ["Giấy chứng sinh"], missing: []),
      consent: Consent(given: true, givenAt: clock()), kioskID: kioskID)
  }

  /// An address where nothing listens.
  static let nowhere = "http://127.0.0.1:9"
}

@Suite struct OutboxTests {
  @Test func aSubmissionIsWrittenBeforeAnyNetworkCallAndItsBodyErasedOnceDelivered() async throws {
    let kiosk = try Kiosk()
    let entry = try kiosk.outbox.enqueue(Kiosk.submission(1), now: Date())
    #expect(entry.state == .pending)
    #expect(ProvisionalReference.isValid(entry.reference))
    #expect(try kiosk.outbox.entry(reference: entry.reference)?.submission == Kiosk.submission(1))

    let (server, store) = try await kiosk.startService()
    let delivery = await kiosk.courier(server.baseURL).deliver(entry)
    guard case .created(let receipt) = delivery else {
      Issue.record("expected 201, got \(String(describing: delivery))")
      return
    }
    #expect(receipt.dossier.description == "HCM-260105-0001")
    let delivered = try #require(try kiosk.outbox.entry(id: entry.id))
    #expect(delivered.state == .delivered)
    #expect(delivered.dossier == "HCM-260105-0001")
    #expect(delivered.submission == nil)
    #expect(try kiosk.outbox.matches(delivered, idNumber: "079090000001"))
    #expect(try !kiosk.outbox.matches(delivered, idNumber: "079090000002"))
    await server.stop()
    await store.close()
  }

  @Test func theSameClientReferenceIsWrittenOnce() throws {
    let kiosk = try Kiosk()
    let first = try kiosk.outbox.enqueue(Kiosk.submission(1), now: Date(), clientReference: "c-1")
    let again = try kiosk.outbox.enqueue(Kiosk.submission(1), now: Date(), clientReference: "c-1")
    #expect(first.id == again.id)
    #expect(first.idempotencyKey == again.idempotencyKey)
    #expect(try kiosk.outbox.counts() == [.pending: 1])
  }

  @Test func aServiceThatIsDownLeavesTheCasePendingWithABackoff() async throws {
    let kiosk = try Kiosk()
    let entry = try kiosk.outbox.enqueue(Kiosk.submission(1), now: Date())
    let delivery = await kiosk.courier(Kiosk.nowhere).deliver(entry)
    guard case .retryLater = delivery else {
      Issue.record("expected retryLater, got \(String(describing: delivery))")
      return
    }
    let pending = try #require(try kiosk.outbox.entry(id: entry.id))
    #expect(pending.state == .pending)
    #expect(pending.attempts == 1)
    #expect(pending.nextAttemptAt > entry.nextAttemptAt)
    #expect(pending.submission != nil)
    #expect(pending.lastError != nil)
  }

  @Test func deliveringTwiceFilesTheCaseOnce() async throws {
    let kiosk = try Kiosk()
    let (server, store) = try await kiosk.startService()
    let entry = try kiosk.outbox.enqueue(Kiosk.submission(7), now: Date())
    // Two kiosk processes (or a crash between the answer and the outbox write) deliver the
    // same entry: the idempotency key makes the second a replay.
    async let first = kiosk.courier(server.baseURL).deliver(entry)
    async let second = kiosk.courier(server.baseURL).deliver(entry)
    let outcomes = await [first, second]
    let dossiers = outcomes.compactMap { outcome -> String? in
      if case .created(let receipt) = outcome { return receipt.dossier.description }
      return nil
    }
    #expect(!dossiers.isEmpty)
    #expect(Set(dossiers).count == 1)
    #expect(try await store.count() == 1)
    await server.stop()
    await store.close()
  }

  @Test func pendingCasesAreDeliveredOnceTheServiceIsBack() async throws {
    let kiosk = try Kiosk()
    for index in 1...5 {
      let entry = try kiosk.outbox.enqueue(Kiosk.submission(index), now: Date())
      _ = await kiosk.courier(Kiosk.nowhere).deliver(entry)
    }
    #expect(try kiosk.outbox.counts() == [.pending: 5])
    let (server, store) = try await kiosk.startService()
    try kiosk.outbox.makeAllDue(now: Date())
    #expect(await kiosk.courier(server.baseURL).deliverDue() == 5)
    #expect(try kiosk.outbox.counts() == [.delivered: 5])
    #expect(try await store.count() == 5)
    await server.stop()
    await store.close()
  }

  @Test func aRefusedCaseIsNotRetried() async throws {
    let kiosk = try Kiosk()
    let (server, store) = try await kiosk.startService()
    var submission = Kiosk.submission(1)
    submission.procedureCode = "9.999999"
    let entry = try kiosk.outbox.enqueue(submission, now: Date())
    let delivery = await kiosk.courier(server.baseURL).deliver(entry)
    guard case .refused(let status, _) = delivery else {
      Issue.record("expected a refusal, got \(String(describing: delivery))")
      return
    }
    #expect(status == 422)
    #expect(try kiosk.outbox.counts() == [.refused: 1])
    // Kept for an operator to look at and send again.
    #expect(try kiosk.outbox.entry(id: entry.id)?.submission == submission)
    #expect(try kiosk.outbox.requeueRefused(now: Date()) == 1)
    #expect(try kiosk.outbox.counts() == [.pending: 1])
    await server.stop()
    await store.close()
  }

  @Test func theLongestChecklistFitsTheServicesLimit() async throws {
    // The catalogue's longest online checklist names 94 documents; the dialogue cuts each name
    // to 300 characters, most of them 2 or 3 bytes in UTF-8.
    let kiosk = try Kiosk()
    let (server, store) = try await kiosk.startService()
    var submission = Kiosk.submission(1)
    let name = String(repeating: "Giấy chứng nhận quyền sử dụng đất ", count: 9).prefix(300)
    submission.checklist = ChecklistSummary(
      had: Array(repeating: String(name), count: 60),
      missing: Array(repeating: String(name), count: 40))
    let entry = try kiosk.outbox.enqueue(submission, now: Date())
    guard case .created = await kiosk.courier(server.baseURL).deliver(entry) else {
      Issue.record("a 100-document checklist must be accepted")
      return
    }
    await server.stop()
    await store.close()
  }

  @Test func aWrongTokenIsRetriedNotDropped() async throws {
    let kiosk = try Kiosk()
    let (server, store) = try await kiosk.startService()
    let entry = try kiosk.outbox.enqueue(Kiosk.submission(1), now: Date())
    let courier = OutboxCourier(
      outbox: kiosk.outbox,
      client: CaseServiceClient(
        endpoint: CaseServiceEndpoint(
          baseURL: server.baseURL, token: "not-a-token-of-this-service", kioskID: Kiosk.kioskID),
        timeout: Kiosk.patience),
      logger: Kiosk.silent)
    guard case .retryLater = await courier.deliver(entry) else {
      Issue.record("a 401 must be retried")
      return
    }
    let pending = try #require(try kiosk.outbox.entry(id: entry.id))
    #expect(pending.state == .pending)
    #expect(pending.submission != nil)
    #expect(pending.lastError?.contains("401") == true)
    await server.stop()
    await store.close()
  }

  @Test func theDeskLooksUpByDossierNumberAndByProvisionalReference() async throws {
    let kiosk = try Kiosk()
    let downDesk = CaseDesk(
      courier: kiosk.courier(Kiosk.nowhere), kioskID: Kiosk.kioskID, clock: Kiosk.clock)
    let application = CaseApplication(
      procedureCode: "1.001193", applicant: Kiosk.submission(3).applicant,
      checklist: ChecklistSummary(), consentedAt: Kiosk.clock())
    guard case .queued(let reference) = await downDesk.submit(application) else {
      Issue.record("expected a provisional receipt")
      return
    }
    #expect(
      await downDesk.lookUp(reference: reference, idNumber: "079090000003")
        == .waiting(reference: reference))
    #expect(await downDesk.lookUp(reference: reference, idNumber: "079090000004") == .notFound)

    let (server, store) = try await kiosk.startService()
    let desk = CaseDesk(
      courier: kiosk.courier(server.baseURL), kioskID: Kiosk.kioskID, clock: Kiosk.clock)
    try kiosk.outbox.makeAllDue(now: Date())
    await desk.courier.deliverDue()
    guard case .found(let view) = await desk.lookUp(reference: reference, idNumber: "079090000003")
    else {
      Issue.record("expected the delivered case by its provisional reference")
      return
    }
    #expect(view.status == .registered)
    #expect(
      await desk.lookUp(reference: view.dossier.description, idNumber: "079090000003")
        == .found(view))
    #expect(
      await desk.lookUp(reference: view.dossier.description, idNumber: "079090000009") == .notFound)
    await server.stop()
    await store.close()
  }
}

@Suite struct RetryScheduleTests {
  @Test func delaysGrowExponentiallyWithJitterUpToTheCap() {
    let schedule = RetrySchedule(base: 1, cap: 60)
    var generator = SystemRandomNumberGenerator()
    for attempts in 1...12 {
      let ceiling = min(60, pow(2, Double(attempts - 1)))
      for _ in 0..<50 {
        let delay = schedule.delay(afterAttempts: attempts, using: &generator)
        #expect(delay >= ceiling / 2 && delay <= ceiling)
      }
    }
  }
}
