/// What a citizen's line is for, besides naming a need (a need is whatever is not one of
/// these: it goes to search). One YAML file per intent in `intents/`, named by `rawValue`.
public enum Intent: String, Sendable, CaseIterable, Codable {
  case greet
  case goodbye
  case thanks
  case help
  case restart
  case back
  /// "Không phải cái nào cả": none of the candidates offered.
  case noneOfThese = "none_of_these"
  case yes
  case no
  /// "Không rõ", "không biết": an answer to a yes/no question.
  case unsure
  case askDocuments = "ask_documents"
  case askFee = "ask_fee"
  case askTime = "ask_time"
  case askWhere = "ask_where"
  case askSteps = "ask_steps"
  case askConditions = "ask_conditions"
  case askResult = "ask_result"
  case askLegal = "ask_legal"
  case askOnline = "ask_online"
  case askApplicants = "ask_applicants"
  /// Start the walk through the documents, one at a time.
  case checklist
  case saveChecklist = "save_checklist"
  /// "Nộp hồ sơ": hand the case off to the case service.
  case submitCase = "submit_case"
  /// "Tra cứu hồ sơ": the status of a submitted dossier.
  case trackCase = "track_case"
  case complaint
  case outOfScope = "out_of_scope"
}

/// The best intent for a line, when one is sure enough.
public struct RecognizedIntent: Sendable, Equatable {
  public var intent: Intent
  public var confidence: Double

  public init(intent: Intent, confidence: Double) {
    self.intent = intent
    self.confidence = confidence
  }
}

/// Recognises intents; `IntentClassifier` is the real one.
public protocol IntentRecognizing: Sendable {
  /// The intent of `text` when its confidence clears that intent's threshold, else nil.
  func recognize(_ text: String) -> RecognizedIntent?
}
