import CaseModel
import KnowledgeBase

/// Something the shell must do for the engine; the engine itself does no I/O. The shell carries
/// effects out in order and may feed an outcome back as input.
public enum Effect: Sendable, Equatable {
  /// Save the checklist as a text file the citizen can take (the shell picks the path).
  case saveChecklist(Checklist)
  /// Forget everything of this citizen: screen, line-editing history, session state.
  case wipeSession
  /// End the program (goodbye outside kiosk mode).
  case endSession
  /// Submit the case: outbox first, then the case service; the outcome comes back as
  /// `Engine.Input.caseSubmitted`.
  case submitCase(CaseApplication)
  /// Look up a dossier (or a provisional reference) with the citizen's CCCD number; the outcome
  /// comes back as `Engine.Input.caseLookedUp`.
  case lookUpCase(reference: String, idNumber: String)
}

/// The documents to bring for a procedure, as the citizen answered them.
public struct Checklist: Sendable, Equatable {
  public enum Answer: String, Sendable, Equatable {
    case have = "có"
    case missing = "chưa"
    case unsure = "không rõ"
  }

  public struct Item: Sendable, Equatable {
    public var document: RequiredDocument
    public var answer: Answer?

    public init(document: RequiredDocument, answer: Answer? = nil) {
      self.document = document
      self.answer = answer
    }
  }

  public var procedureCode: String
  public var procedureName: String
  public var items: [Item]

  public init(procedureCode: String, procedureName: String, items: [Item]) {
    self.procedureCode = procedureCode
    self.procedureName = procedureName
    self.items = items
  }
}
