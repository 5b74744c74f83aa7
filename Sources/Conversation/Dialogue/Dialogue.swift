import Foundation
import KnowledgeBase

/// One step of the dialogue (work in progress: being written now).
struct Dialogue {
  let engine: Engine
  var state: DialogueState
  let now: Date

  func handle(_ input: Engine.Input) -> Engine.Turn {
    Engine.Turn(state: state, reply: Texts(state.language).greeting)
  }
}
