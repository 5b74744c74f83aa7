import KnowledgeBase

extension Dialogue {
  /// A follow-up question: answered from the chosen procedure, or, when none is chosen yet,
  /// from the best match for the question ("làm hộ chiếu mất bao lâu?").
  mutating func question(_ intent: Intent, _ text: String) -> Engine.Turn {
    if state.procedure == nil || Answers.namesAnotherNeed(text, than: state.procedure) {
      let candidates = search(text)
      guard let best = candidates.first, best.confidence >= Self.confirmBelow,
        let procedure = try? engine.catalog.procedure(code: best.code)
      else {
        if state.procedure == nil { return need(text) }
        return reply(texts.answer(intent, state.procedure))
      }
      state.procedure = procedure
      state.checklist = nil
      move(to: .chosen)
      var answer = texts.about(procedure)
      answer.blocks += texts.answer(intent, procedure).blocks
      return reply(answer)
    }
    if case .checklist(let index) = state.phase, let checklist = state.checklist {
      var answer = texts.answer(intent, state.procedure)
      answer.blocks += texts.askDocument(checklist, index: index).blocks
      return reply(answer)
    }
    return reply(texts.answer(intent, state.procedure))
  }
}
