import CaseModel

extension Effect {
  /// Whether carrying the effect out gives an outcome the engine must hear.
  public var hasOutcome: Bool {
    switch self {
    case .submitCase, .lookUpCase: return true
    case .saveChecklist, .wipeSession, .endSession: return false
    }
  }

  /// Carries out a submission or lookup through `handoff` and returns its outcome as the next
  /// input; nil for effects without an outcome. Without a hand-off a submission is refused with
  /// `unavailable` and a lookup is `.unavailable`.
  public func outcome(via handoff: (any CaseHandoff)?, unavailable: String) async -> Engine.Input? {
    switch self {
    case .submitCase(let application):
      guard let handoff else { return .caseSubmitted(.refused(reason: unavailable)) }
      return .caseSubmitted(await handoff.submit(application))
    case .lookUpCase(let reference, let idNumber):
      guard let handoff else { return .caseLookedUp(.unavailable) }
      return .caseLookedUp(await handoff.lookUp(reference: reference, idNumber: idNumber))
    case .saveChecklist, .wipeSession, .endSession:
      return nil
    }
  }
}
