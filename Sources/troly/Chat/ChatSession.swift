import CaseModel
import Conversation
import Foundation

/// One kiosk's conversation: steps the engine, prints replies and carries out effects. The
/// input side (readline on a terminal, plain lines from a pipe) lives in the loops that drive
/// it.
final class ChatSession {
  enum Outcome: Equatable {
    case carryOn
    case end
  }

  let engine: Engine
  let kiosk: Bool
  let language: Language
  /// The shell's own words, in the language the conversation is in now.
  var texts: ChatTexts { ChatTexts(language: state.language) }
  let output: ChatOutput
  let workspace: Workspace
  private(set) var state: DialogueState
  /// Whether this citizen has typed anything since the session started.
  var touched = false
  /// Forgets what the input side holds (line, history); set by the terminal loop.
  var forgetInput: () -> Void = {}
  /// Writes the session as a transcript, with `--record`.
  var recorder: SessionRecorder?
  /// Submits cases and looks them up (the outbox and the case service behind it).
  var handoff: (any CaseHandoff)?

  init(engine: Engine, kiosk: Bool, language: Language, output: ChatOutput, workspace: Workspace) {
    self.engine = engine
    self.kiosk = kiosk
    self.language = language
    self.output = output
    self.workspace = workspace
    state = DialogueState(language: language)
  }

  /// Shows the greeting.
  func greet() {
    show(engine.greeting(language))
  }

  /// One input: the reply is printed after a wipe (a clean screen shows the goodbye or the new
  /// greeting) and before the other effects.
  func handle(_ input: Engine.Input) -> Outcome {
    if case .line = input { touched = true }
    let askedName = state.phase == .handoff(.fullName)
    var turn = engine.step(state, input, now: Date())
    state = turn.state
    var said = turn.reply
    var inputText: String?
    if case .line(let text) = input { inputText = text }
    // A line is a name once the dialogue took it as one (it moved on to the CCCD question).
    if askedName, let inputText, state.phase == .handoff(.idNumber) {
      recorder?.remember(name: inputText)
    }
    if turn.effects.contains(.wipeSession) { wipe() }
    show(turn.reply)
    // Effects with an outcome feed it back; their replies belong to the same turn.
    while let followUp = carryOut(turn.effects) {
      turn = engine.step(state, followUp, now: Date())
      state = turn.state
      show(turn.reply)
      said.blocks += turn.reply.blocks
    }
    if inputText != nil || input == .idleWipe {
      recorder?.record(input: inputText, reply: said)
    }
    for effect in turn.effects {
      switch effect {
      case .saveChecklist(let checklist):
        save(checklist)
      case .wipeSession, .submitCase, .lookUpCase:
        break
      case .endSession:
        guard kiosk else { return .end }
        // A kiosk never ends: the next citizen gets a clean session.
        if !turn.effects.contains(.wipeSession) { wipe() }
        greet()
      }
    }
    return .carryOn
  }

  /// Carries out a submission or lookup and returns its outcome as the next input.
  private func carryOut(_ effects: [Effect]) -> Engine.Input? {
    guard let effect = effects.first(where: \.hasOutcome) else { return nil }
    let handoff = handoff
    let unavailable = texts.noCaseService
    return AsyncBridge.wait { await effect.outcome(via: handoff, unavailable: unavailable) }
  }

  /// Prints a notice from the shell.
  func notice(_ text: String) -> String {
    output.renderer.notice(text)
  }

  /// Forgets the citizen: state, screen, line editing.
  func wipe() {
    state = DialogueState(language: language)
    touched = false
    forgetInput()
    output.clearScreen()
  }

  private func show(_ reply: Reply) {
    output.write(output.renderer.render(reply) + "\n")
  }

  private func save(_ checklist: Checklist) {
    let file = ChecklistFile(checklist: checklist, language: state.language, date: Date())
    let folder = workspace.root.appendingPathComponent("var/checklists")
    do {
      let url = try file.save(in: folder)
      output.write(notice(texts.checklistSaved(workspace.displayPath(url))) + "\n")
    } catch {
      output.write(notice(texts.checklistNotSaved) + "\n")
    }
  }
}
