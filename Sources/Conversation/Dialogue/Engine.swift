import CaseModel
import Foundation
import KnowledgeBase

/// The dialogue as a function: `(state, input, now) -> (state, reply, effects)`. It reads no
/// clock, terminal, network or disk; searching goes through `ProcedureCatalog`, everything else
/// the shell must do comes back as `Effect`s.
public struct Engine: Sendable {
  /// One line of input, or an event the shell reports.
  public enum Input: Sendable, Equatable {
    case line(String)
    /// The shell's idle warning went unanswered and the session was wiped.
    case idleWipe
    /// The outcome of `Effect.submitCase`.
    case caseSubmitted(SubmissionOutcome)
    /// The outcome of `Effect.lookUpCase`.
    case caseLookedUp(LookupOutcome)
  }

  /// The outcome of one step.
  public struct Turn: Sendable {
    public var state: DialogueState
    public var reply: Reply
    public var effects: [Effect]

    public init(state: DialogueState, reply: Reply, effects: [Effect] = []) {
      self.state = state
      self.reply = reply
      self.effects = effects
    }
  }

  public let catalog: any ProcedureCatalog
  let intents: any IntentRecognizing

  public init(catalog: any ProcedureCatalog, intents: any IntentRecognizing) {
    self.catalog = catalog
    self.intents = intents
  }

  /// The greeting shown when a session starts.
  public func greeting(_ language: Language) -> Reply {
    Texts(language).greeting
  }

  public func step(_ state: DialogueState, _ input: Input, now: Date) -> Turn {
    var dialogue = Dialogue(engine: self, state: state, now: now)
    return dialogue.handle(input)
  }
}
