import CaseModel
import Foundation
import Logging

/// Delivers the outbox: each due entry is posted with its idempotency key; a failure is retried
/// on the `RetrySchedule`. Runs in the background of `troly chat` and once in
/// `troly outbox flush`. The same entry may be posted twice at once (the chat's desk and its
/// background courier, two processes, a retry racing a slow answer): the service answers the
/// second with the first's response, or 409 while the first is in flight, so that is harmless.
public actor OutboxCourier {
  public let outbox: Outbox
  public let client: CaseServiceClient
  let schedule: RetrySchedule
  let clock: @Sendable () -> Date
  let logger: Logger
  private var generator = SystemRandomNumberGenerator()

  public init(
    outbox: Outbox, client: CaseServiceClient, schedule: RetrySchedule = RetrySchedule(),
    clock: @escaping @Sendable () -> Date = { Date() },
    logger: Logger = Logger(label: "troly.outbox")
  ) {
    self.outbox = outbox
    self.client = client
    self.schedule = schedule
    self.clock = clock
    self.logger = logger
  }

  /// Tries one entry now; the entry's state in the outbox says how it went.
  @discardableResult
  public func deliver(_ entry: Outbox.Entry) async -> CaseServiceClient.Delivery? {
    guard entry.state == .pending else { return nil }
    guard let submission = entry.submission else {
      try? outbox.markRefused(
        entry.id, reason: "the stored submission cannot be read", now: clock())
      logger.error("unreadable outbox entry \(entry.reference)")
      return nil
    }
    let delivery = await client.deliver(submission, idempotencyKey: entry.idempotencyKey)
    do {
      switch delivery {
      case .created(let receipt):
        try outbox.markDelivered(entry.id, dossier: receipt.dossier.description, now: clock())
        logger.info("delivered \(entry.reference) as \(receipt.dossier)")
      case .refused(let status, let title):
        try outbox.markRefused(entry.id, reason: "HTTP \(status): \(title)", now: clock())
        logger.warning("refused \(entry.reference): HTTP \(status)")
      case .retryLater(let reason):
        let wait = schedule.delay(afterAttempts: entry.attempts + 1, using: &generator)
        try outbox.markFailed(
          entry.id, error: PersonalData.mask(reason), next: clock().addingTimeInterval(wait))
        logger.notice("not delivered \(entry.reference), retry in \(Int(wait.rounded())) s")
      }
    } catch {
      logger.error("outbox write failed: \(type(of: error))")
    }
    return delivery
  }

  /// Delivers every entry due now; returns how many were delivered.
  @discardableResult
  public func deliverDue() async -> Int {
    var delivered = 0
    while let entries = try? outbox.due(at: clock(), limit: 50), !entries.isEmpty {
      for entry in entries {
        if case .created = await deliver(entry) { delivered += 1 }
      }
      if entries.count < 50 { break }
    }
    return delivered
  }

  /// Keeps delivering until cancelled: wakes when the next entry is due (at least every
  /// `poll`, so entries written by another process are seen).
  public func run(poll: TimeInterval = 2) async {
    while !Task.isCancelled {
      await deliverDue()
      let next = (try? outbox.nextDue()) ?? nil
      let wait = min(
        poll, max(0.05, (next ?? clock().addingTimeInterval(poll)).timeIntervalSince(clock())))
      try? await Task.sleep(for: .seconds(wait))
    }
  }
}
