import CaseModel
import Foundation
import KnowledgeBase

/// The language replies are written in.
public enum Language: String, Sendable, Equatable, CaseIterable {
  case vi
  case en
}

/// Everything the engine remembers between turns. A value: the shell keeps it, replay compares
/// it, and wiping a session is replacing it with `DialogueState()`.
public struct DialogueState: Sendable, Equatable {
  /// A procedure offered to the citizen.
  public struct Candidate: Sendable, Equatable {
    public var code: String
    public var name: String
    public var levels: String
    /// The agency that handles it, when the catalogue names one.
    public var agency: String?
    public var confidence: Double

    public init(
      code: String, name: String, levels: String, agency: String? = nil, confidence: Double
    ) {
      self.code = code
      self.name = name
      self.levels = levels
      self.agency = agency
      self.confidence = confidence
    }
  }

  /// Where the conversation stands.
  public enum Phase: Sendable, Equatable {
    /// Waiting for a need.
    case idle
    /// Candidates shown, waiting for a choice.
    case choosing([Candidate])
    /// "Ý bạn là …?" asked about one candidate; the others are kept for "không".
    case confirming(Candidate, others: [Candidate])
    /// A procedure chosen; follow-up questions are answered from it.
    case chosen
    /// Walking the checklist; `index` is the document being asked about.
    case checklist(index: Int)
    /// The checklist summary was shown.
    case summary
    /// Handing the case off: asking for the applicant's details, consent, confirmation.
    case handoff(HandoffStep)
    /// Looking up a dossier: waiting for its number, then for the CCCD number.
    case lookup(reference: String?)
  }

  /// The questions of the hand-off, in order.
  public enum HandoffStep: String, Sendable, Equatable {
    /// "Nộp hồ sơ trực tuyến ngay tại đây?"
    case offer
    case fullName
    case idNumber
    case phone
    case email
    case consent
    /// The confirmation screen.
    case confirm
    /// Sent; waiting for the shell's outcome.
    case submitting
  }

  /// The language of the replies: the kiosk's own at first, then the citizen's (a need typed in
  /// English is answered in English, one typed with Vietnamese marks in Vietnamese).
  public var language: Language
  /// The kiosk's own language, which a wiped session returns to.
  public var homeLanguage: Language
  public var phase: Phase
  /// The chosen procedure, once there is one.
  public var procedure: Procedure?
  public var checklist: Checklist?
  /// Earlier phases, for "quay lại".
  public var previous: [Phase]
  /// The intent of the last line, for transcripts' assertions.
  public var lastIntent: String?
  /// The applicant's details as the hand-off collects them; cleared once the case is sent,
  /// refused or abandoned.
  public var applicant: ApplicantDraft
  /// The last submission's outcome, for transcripts' `? case:` assertions.
  public var lastSubmission: SubmissionOutcome?

  public init(language: Language = .vi) {
    self.language = language
    homeLanguage = language
    phase = .idle
    procedure = nil
    checklist = nil
    previous = []
    lastIntent = nil
    applicant = ApplicantDraft()
    lastSubmission = nil
  }

  /// The state's name, for transcripts' assertions: idle, choosing, confirming, chosen,
  /// checklist, summary, handoff.STEP (handoff.fullName…), lookup.
  public var phaseName: String {
    switch phase {
    case .idle: return "idle"
    case .choosing: return "choosing"
    case .confirming: return "confirming"
    case .chosen: return "chosen"
    case .checklist: return "checklist"
    case .summary: return "summary"
    case .handoff(let step): return "handoff." + step.rawValue
    case .lookup: return "lookup"
    }
  }
}

/// The applicant's details, one answer at a time.
public struct ApplicantDraft: Sendable, Equatable {
  public var fullName: String?
  public var idNumber: String?
  public var phone: String?
  public var email: String?
  /// Whether the email question was answered (an email or "bỏ qua").
  public var emailAnswered = false
  /// When the citizen consented to the processing of their personal data.
  public var consentedAt: Date?

  public init() {}

  /// The applicant, once name, CCCD and phone are known.
  public var applicant: Applicant? {
    guard let fullName, let idNumber, let phone else { return nil }
    return Applicant(fullName: fullName, idNumber: idNumber, phone: phone, email: email)
  }
}
