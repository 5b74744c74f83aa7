import KnowledgeBase

extension Dialogue {
  /// Starts the walk through the documents of the chosen procedure, one at a time.
  mutating func startChecklist(_ text: String) -> Engine.Turn {
    guard let procedure = state.procedure else { return reply(texts.chooseFirst) }
    let items = procedure.documents.filter { !$0.isNote }.map { Checklist.Item(document: $0) }
    guard !items.isEmpty else { return reply(texts.noDocuments) }
    let checklist = Checklist(
      procedureCode: procedure.code, procedureName: procedure.name, items: items)
    state.checklist = checklist
    move(to: .checklist(index: 0))
    var answer = texts.checklistIntro(checklist)
    answer.blocks += texts.askDocument(checklist, index: 0).blocks
    return reply(answer)
  }

  mutating func checklistAnswer(_ answer: Checklist.Answer, at index: Int) -> Engine.Turn {
    guard var checklist = state.checklist, index < checklist.items.count else {
      return reply(texts.answerWithoutQuestion)
    }
    checklist.items[index].answer = answer
    state.checklist = checklist
    let next = index + 1
    if next < checklist.items.count {
      state.phase = .checklist(index: next)
      return reply(texts.askDocument(checklist, index: next))
    }
    return summaryWithOffer(checklist)
  }

  mutating func saveChecklist() -> Engine.Turn {
    guard let checklist = state.checklist, checklist.items.contains(where: { $0.answer != nil })
    else { return reply(texts.nothingToSave) }
    return reply(texts.saving, [.saveChecklist(checklist)])
  }
}
