import KnowledgeBase

extension Dialogue {
  /// A follow-up question: answered from the chosen procedure, or, when none is chosen yet,
  /// from the best match for the question ("làm hộ chiếu mất bao lâu?").
  mutating func question(_ intent: Intent, _ text: String) -> Engine.Turn {
    if state.procedure != nil, !Answers.namesAnotherNeed(text, than: state.procedure) {
      return answerAndResume(intent)
    }
    // "lệ phí bao nhiêu?" with nothing chosen names no procedure: ask which one.
    guard Answers.hasContentWords(text) else {
      if state.procedure != nil { return answerAndResume(intent) }
      return reply(texts.chooseFirst)
    }
    // Search on what names the procedure, not on "mất bao lâu".
    let candidates = search(Answers.contentWords(text))
    if let best = candidates.first, best.confidence >= Self.confirmBelow,
      let procedure = try? engine.catalog.procedure(code: best.code)
    {
      state.procedure = procedure
      state.checklist = nil
      move(to: .chosen)
      var answer = texts.about(procedure)
      answer.blocks += texts.answer(intent, procedure).blocks
      return reply(answer)
    }
    if state.procedure != nil { return answerAndResume(intent) }
    return need(text)
  }

  /// Answers from the chosen procedure; during the checklist, asks the pending document again.
  mutating func answerAndResume(_ intent: Intent) -> Engine.Turn {
    var answer = texts.answer(intent, state.procedure)
    if case .checklist(let index) = state.phase, let checklist = state.checklist {
      answer.blocks += texts.askDocument(checklist, index: index).blocks
    }
    return reply(answer)
  }
}
