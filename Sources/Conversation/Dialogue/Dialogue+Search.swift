import KnowledgeBase
import VietnameseText

extension Dialogue {
  /// Below this confidence the best match is confirmed ("Ý bạn là …?") before going on.
  static let confirmBelow = 0.5
  /// How many candidates are offered.
  static let candidateCount = 5

  /// A need typed: search (unless the caller already did), then offer candidates or confirm a
  /// doubtful best match.
  mutating func need(_ text: String, found: [DialogueState.Candidate]? = nil) -> Engine.Turn {
    let candidates = found ?? search(text)
    guard let best = candidates.first else { return reply(texts.notFound) }
    if best.confidence < Self.confirmBelow {
      move(to: .confirming(best, others: Array(candidates.dropFirst())))
      return reply(texts.didYouMean(best))
    }
    move(to: .choosing(candidates))
    return reply(texts.candidates(candidates))
  }

  /// Replies follow the language of what the citizen asks: English as the search reads it,
  /// Vietnamese when a word carries Vietnamese marks. Other lines (unmarked Vietnamese, and the
  /// answers of a phase — "1", "có", a name — which never get here) keep it.
  mutating func followLanguage(of text: String) {
    if engine.catalog.isEnglish(text) {
      state.language = .en
    } else if VietnameseText.syllables(text).contains(where: {
      VietnameseText.hasDiacritics($0) && VietnameseText.isVietnameseSyllable($0)
    }) {
      state.language = .vi
    }
  }

  func search(_ text: String) -> [DialogueState.Candidate] {
    let results = (try? engine.catalog.search(text, limit: Self.candidateCount)) ?? []
    return results.map { result in
      let procedure = try? engine.catalog.procedure(code: result.code)
      return DialogueState.Candidate(
        code: result.code, name: result.name, levels: result.levels,
        agency: procedure?.agencies.implementing ?? procedure?.agencies.competent,
        confidence: result.confidence)
    }
  }

  /// A choice among the candidates shown: by number, ordinal words or part of the name. Nil when
  /// the line is not a choice (it may be a question or a new need).
  mutating func choose(_ text: String, among candidates: [DialogueState.Candidate])
    -> Engine.Turn?
  {
    if let number = Answers.choiceNumber(text) {
      state.lastIntent = "choose"
      guard (1...candidates.count).contains(number) else {
        return reply(texts.outOfRange(candidates.count))
      }
      return select(candidates[number - 1])
    }
    if let index = Answers.choiceByName(text, names: candidates.map(\.name)) {
      state.lastIntent = "choose"
      return select(candidates[index])
    }
    return nil
  }

  /// The citizen picked a procedure: remember it and show its card.
  mutating func select(_ candidate: DialogueState.Candidate) -> Engine.Turn {
    guard let procedure = try? engine.catalog.procedure(code: candidate.code) else {
      return reply(texts.notFound)
    }
    state.procedure = procedure
    state.checklist = nil
    move(to: .chosen)
    return reply(texts.card(procedure))
  }

  mutating func declined(
    _ candidate: DialogueState.Candidate, others: [DialogueState.Candidate]
  ) -> Engine.Turn {
    guard !others.isEmpty else {
      move(to: state.procedure == nil ? .idle : .chosen)
      return reply(texts.rephrase)
    }
    move(to: .choosing(others))
    return reply(texts.otherCandidates(others))
  }
}
