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
  }

  public var language: Language
  public var phase: Phase
  /// The chosen procedure, once there is one.
  public var procedure: Procedure?
  public var checklist: Checklist?
  /// Earlier phases, for "quay lại".
  public var previous: [Phase]
  /// The intent of the last line, for transcripts' assertions.
  public var lastIntent: String?

  public init(language: Language = .vi) {
    self.language = language
    phase = .idle
    procedure = nil
    checklist = nil
    previous = []
    lastIntent = nil
  }

  /// The state's name, for transcripts' assertions: idle, choosing, confirming, chosen,
  /// checklist, summary.
  public var phaseName: String {
    switch phase {
    case .idle: return "idle"
    case .choosing: return "choosing"
    case .confirming: return "confirming"
    case .chosen: return "chosen"
    case .checklist: return "checklist"
    case .summary: return "summary"
    }
  }
}
