import CaseModel
import Foundation

/// The kiosk's side of the hand-off: a submission goes to the outbox first, then one delivery
/// attempt within `patience`; if the service does not answer in time the citizen gets a
/// provisional receipt and the courier delivers the case later. Lookups by provisional
/// reference are answered from the outbox.
public struct CaseDesk: CaseHandoff {
  /// Seconds the background courier leaves a new entry to the desk's own attempt.
  static let courierMargin: TimeInterval = 15

  public let courier: OutboxCourier
  let kioskID: String
  let clock: @Sendable () -> Date

  public init(courier: OutboxCourier, kioskID: String, clock: @escaping @Sendable () -> Date) {
    self.courier = courier
    self.kioskID = kioskID
    self.clock = clock
  }

  public func submit(_ application: CaseApplication) async -> SubmissionOutcome {
    let outbox = courier.outbox
    let entry: Outbox.Entry
    do {
      let now = clock()
      entry = try outbox.enqueue(
        application.submission(kioskID: kioskID), now: now,
        firstAttempt: now.addingTimeInterval(Self.courierMargin))
    } catch {
      return .refused(reason: "không lưu được hồ sơ tại kiosk")
    }
    switch await courier.deliver(entry) {
    case .created(let receipt): return .submitted(receipt)
    case .refused(_, let title): return .refused(reason: title)
    case .retryLater, nil: return .queued(reference: entry.reference)
    }
  }

  public func lookUp(reference: String, idNumber: String) async -> LookupOutcome {
    var dossier = DossierNumber(reference)
    if ProvisionalReference.isValid(reference) {
      guard let entry = try? courier.outbox.entry(reference: reference),
        (try? courier.outbox.matches(entry, idNumber: idNumber)) == true
      else { return .notFound }
      switch entry.state {
      case .pending: return .waiting(reference: entry.reference)
      case .refused: return .notFound
      case .delivered: dossier = entry.dossier.flatMap(DossierNumber.init)
      }
    }
    guard let dossier else { return .notFound }
    switch await courier.client.status(of: dossier, idNumber: idNumber) {
    case .found(let view): return .found(view)
    case .notFound: return .notFound
    case .unavailable: return .unavailable
    }
  }
}
