import Foundation

/// How a kiosk hands cases off and looks them up: the outbox and the case service behind it
/// (`CaseClient.CaseDesk`), as the chat and replay shells see it.
public protocol CaseHandoff: Sendable {
  /// Writes the case to the outbox, then tries to deliver it.
  func submit(_ application: CaseApplication) async -> SubmissionOutcome
  /// The status of a dossier number or provisional reference, checked against the CCCD number.
  func lookUp(reference: String, idNumber: String) async -> LookupOutcome
}

/// What the engine asks the shell to submit (`Effect.submitCase`): the shell adds the kiosk id,
/// writes it to the outbox and delivers it, then feeds the outcome back as
/// `Engine.Input.caseSubmitted`.
public struct CaseApplication: Sendable, Equatable {
  public var procedureCode: String
  public var applicant: Applicant
  public var checklist: ChecklistSummary
  /// When the citizen consented (Nghị định 13/2023/NĐ-CP).
  public var consentedAt: Date

  public init(
    procedureCode: String, applicant: Applicant, checklist: ChecklistSummary, consentedAt: Date
  ) {
    self.procedureCode = procedureCode
    self.applicant = applicant
    self.checklist = checklist
    self.consentedAt = consentedAt
  }

  /// The request body for the case service.
  public func submission(kioskID: String) -> CaseSubmission {
    CaseSubmission(
      procedureCode: procedureCode, applicant: applicant, checklist: checklist,
      consent: Consent(given: true, givenAt: consentedAt), kioskID: kioskID)
  }
}

/// How a submission ended, as the shell reports it.
public enum SubmissionOutcome: Sendable, Equatable {
  /// The service answered with a dossier number.
  case submitted(CaseReceipt)
  /// The service could not be reached: the case waits in the kiosk's outbox under a provisional
  /// reference and is delivered later.
  case queued(reference: String)
  /// The service refused the case (a 4xx other than a retryable one); `reason` is its title.
  case refused(reason: String)
}

/// How a status lookup ended, as the shell reports it.
public enum LookupOutcome: Sendable, Equatable {
  case found(CaseStatusView)
  /// A provisional reference whose case is still waiting in this kiosk's outbox.
  case waiting(reference: String)
  case notFound
  /// The service could not be reached.
  case unavailable
}

/// A provisional reference handed out when the service is down: `TAM-` and 6 letters or digits
/// (no 0/O or 1/I, so it reads back without mistakes).
public enum ProvisionalReference {
  public static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")

  public static func isValid(_ text: String) -> Bool {
    let upper = text.uppercased()
    guard upper.hasPrefix("TAM-"), upper.count == 10 else { return false }
    return upper.dropFirst(4).allSatisfy { alphabet.contains($0) }
  }

  public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
    "TAM-" + String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
  }
}
