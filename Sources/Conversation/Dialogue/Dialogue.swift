import Foundation
import KnowledgeBase
import VietnameseText

/// One step of the dialogue: reads the state and one input, returns the next state, the reply
/// and the effects. The only collaborators are the catalog and the intent recogniser.
struct Dialogue {
  let engine: Engine
  var state: DialogueState
  let now: Date

  var texts: Texts { Texts(state.language) }

  static let questions: Set<Intent> = [
    .askDocuments, .askFee, .askTime, .askWhere, .askSteps, .askConditions, .askResult,
    .askLegal, .askOnline, .askApplicants,
  ]

  /// Intents a confident search match overrides.
  static let yieldsToSearch: Set<Intent> = [
    .greet, .thanks, .help, .restart, .back, .outOfScope, .noneOfThese, .trackCase,
  ]
  /// The search confidence at which a line counts as a need rather than such an intent.
  static let needOverIntent = 0.7
  /// Lower for "out of scope": "đất đai" is the catalogue's own vocabulary.
  static let needOverOutOfScope = 0.45

  /// Lines longer than this are cut: a 100 kB paste is not a need.
  static let maximumLine = 500

  mutating func handle(_ input: Engine.Input) -> Engine.Turn {
    switch input {
    case .idleWipe:
      return Engine.Turn(
        state: DialogueState(language: state.homeLanguage),
        reply: Texts(state.homeLanguage).greeting, effects: [.wipeSession])
    case .line(let raw):
      let text = Self.clean(raw)
      guard !text.isEmpty else { return reply(texts.emptyLine) }
      return line(text)
    case .caseSubmitted(let outcome):
      return submitted(outcome)
    case .caseLookedUp(let outcome):
      return lookedUp(outcome)
    }
  }

  /// Control characters out, spaces collapsed, cut to a sane length.
  static func clean(_ raw: String) -> String {
    let scalars = raw.unicodeScalars.map { scalar -> Unicode.Scalar in
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
    }
    let text = String(String.UnicodeScalarView(scalars.prefix(maximumLine * 4)))
    let words = text.split(whereSeparator: \.isWhitespace)
    return String(words.joined(separator: " ").prefix(maximumLine))
  }

  private mutating func line(_ text: String) -> Engine.Turn {
    // Answers that only make sense in the current phase come first.
    switch state.phase {
    case .checklist(let index):
      if let answer = Answers.checklistAnswer(text) {
        state.lastIntent = "answer"
        return checklistAnswer(answer, at: index)
      }
    case .choosing(let candidates):
      if let turn = choose(text, among: candidates) { return turn }
    case .confirming(let candidate, let others):
      if let yes = Answers.yesOrNo(text) {
        state.lastIntent = yes ? "yes" : "no"
        return yes ? select(candidate) : declined(candidate, others: others)
      }
    case .handoff(let step):
      if let turn = handoffLine(text, step) { return turn }
    case .lookup(let reference):
      if let turn = lookupLine(text, reference: reference) { return turn }
    default:
      break
    }
    followLanguage(of: text)
    // A dossier number typed on its own is a lookup.
    if Self.reference(in: text) != nil {
      state.lastIntent = Intent.trackCase.rawValue
      return startLookup(text)
    }

    var recognized = engine.intents.recognize(text)
    // "làm lại CMND" is a need that happens to start like "làm lại từ đầu": a line a
    // conversational intent claims but search matches with confidence is a need.
    var found: [DialogueState.Candidate]?
    if let intent = recognized?.intent, Self.yieldsToSearch.contains(intent) {
      found = search(text)
      let needed = intent == .outOfScope ? Self.needOverOutOfScope : Self.needOverIntent
      if let best = found?.first, best.confidence >= needed { recognized = nil }
    }
    // A question has a question word; "đăng ký thuờng trú" without one is a need.
    if let intent = recognized?.intent, Self.questions.contains(intent),
      !Answers.looksLikeQuestion(text)
    {
      recognized = nil
    }
    state.lastIntent = recognized?.intent.rawValue ?? "need"
    guard let intent = recognized?.intent else {
      if case .checklist(let index) = state.phase { return unclearDuringChecklist(text, index) }
      return need(text, found: found)
    }
    switch intent {
    case .greet:
      return reply(texts.greetBack)
    case .thanks:
      return reply(texts.thanks)
    case .goodbye:
      var fresh = DialogueState(language: state.homeLanguage)
      fresh.lastIntent = intent.rawValue
      return Engine.Turn(state: fresh, reply: texts.goodbye, effects: [.wipeSession, .endSession])
    case .help:
      return reply(texts.help)
    case .restart:
      let home = state.homeLanguage
      state = DialogueState(language: state.language)
      state.homeLanguage = home
      state.lastIntent = intent.rawValue
      return reply(texts.restarted)
    case .back:
      return back()
    case .noneOfThese:
      state.phase = state.procedure == nil ? .idle : .chosen
      return reply(texts.rephrase)
    case .yes, .no, .unsure:
      if case .checklist(let index) = state.phase {
        let answer: Checklist.Answer = intent == .yes ? .have : intent == .no ? .missing : .unsure
        return checklistAnswer(answer, at: index)
      }
      return reply(texts.answerWithoutQuestion)
    case .complaint:
      return reply(texts.complaint)
    case .outOfScope:
      return reply(texts.outOfScope)
    case .checklist:
      return startChecklist(text)
    case .saveChecklist:
      return saveChecklist()
    case .submitCase:
      return startSubmission(text)
    case .trackCase:
      return startLookup(text)
    case .askDocuments, .askFee, .askTime, .askWhere, .askSteps, .askConditions, .askResult,
      .askLegal, .askOnline, .askApplicants:
      return question(intent, text)
    }
  }

  func reply(_ reply: Reply, _ effects: [Effect] = []) -> Engine.Turn {
    Engine.Turn(state: state, reply: reply, effects: effects)
  }

  /// Moves to `phase`, remembering the current one for "quay lại".
  mutating func move(to phase: DialogueState.Phase) {
    if state.phase != phase {
      state.previous.append(state.phase)
      if state.previous.count > 20 { state.previous.removeFirst() }
    }
    state.phase = phase
  }

  /// A line that is no answer during the checklist: a new need when search is sure of it,
  /// otherwise the question again, with the answers it takes.
  private mutating func unclearDuringChecklist(_ text: String, _ index: Int) -> Engine.Turn {
    let found = search(text)
    if let best = found.first, best.confidence >= 0.75, best.code != state.procedure?.code {
      return need(text, found: found)
    }
    guard let checklist = state.checklist, index < checklist.items.count else {
      return need(text, found: found)
    }
    var answer = Reply([.text(texts.answerChecklistPlease)])
    answer.blocks += texts.askDocument(checklist, index: index).blocks
    return reply(answer)
  }

  private mutating func back() -> Engine.Turn {
    guard let previous = state.previous.popLast() else { return reply(texts.nothingToGoBackTo) }
    state.phase = previous
    switch previous {
    case .idle:
      state.procedure = nil
      return reply(texts.backToStart)
    case .choosing(let candidates):
      return reply(texts.candidates(candidates))
    case .confirming(let candidate, _):
      return reply(texts.didYouMean(candidate))
    case .chosen, .summary, .handoff, .lookup:
      state.phase = state.procedure == nil ? .idle : .chosen
      guard let procedure = state.procedure else { return reply(texts.backToStart) }
      return reply(texts.card(procedure))
    case .checklist(let index):
      guard let checklist = state.checklist, index < checklist.items.count else {
        return reply(texts.backToStart)
      }
      return reply(texts.askDocument(checklist, index: index))
    }
  }
}
