import CaseModel
import KnowledgeBase

/// Handing the case off: the offer after the checklist, the applicant's details (each checked
/// and re-asked with its reason), consent under Nghị định 13/2023/NĐ-CP, the confirmation screen,
/// then `Effect.submitCase`; the shell's outcome comes back as `caseSubmitted`.
extension Dialogue {
  static func canSubmitOnline(_ procedure: Procedure) -> Bool {
    procedure.methods.contains(where: \.isOnline)
  }

  /// The end of the checklist: its summary, then the offer to submit (or where to go).
  mutating func summaryWithOffer(_ checklist: Checklist) -> Engine.Turn {
    move(to: .summary)
    var answer = texts.summary(checklist)
    guard let procedure = state.procedure else { return reply(answer) }
    if Self.canSubmitOnline(procedure) {
      answer.blocks += texts.offerSubmission.blocks
      state.phase = .handoff(.offer)
    } else {
      answer.blocks += texts.submitInPerson(procedure).blocks
    }
    return reply(answer)
  }

  /// "Nộp hồ sơ": straight to the details when the checklist is done, else the checklist first.
  mutating func startSubmission(_ text: String) -> Engine.Turn {
    guard let procedure = state.procedure else { return reply(texts.chooseFirst) }
    guard Self.canSubmitOnline(procedure) else { return reply(texts.submitInPerson(procedure)) }
    guard let checklist = state.checklist, checklist.procedureCode == procedure.code,
      checklist.items.allSatisfy({ $0.answer != nil })
    else {
      var turn = startChecklist(text)
      turn.reply.blocks.insert(.text(texts.checklistBeforeSubmitting), at: 0)
      return turn
    }
    return askDetails()
  }

  private mutating func askDetails() -> Engine.Turn {
    state.applicant = ApplicantDraft()
    state.phase = .handoff(.fullName)
    var answer = Reply([.text(texts.detailsIntro)])
    answer.blocks += texts.ask(.fullName).blocks
    return reply(answer)
  }

  /// How a line may leave the hand-off or a lookup instead of answering it.
  enum WayOut {
    /// "Hủy", "thôi": stop and forget what was typed.
    case cancel
    /// "Tạm biệt", "làm lại từ đầu": the ordinary handling, which forgets all.
    case leave
    /// "Quay lại": the previous question.
    case back
  }

  /// Cancel words come first ("thôi" is also read as goodbye), then the intents that leave.
  func way(out text: String, key: String) -> WayOut? {
    if Answers.cancels(key) { return .cancel }
    switch engine.intents.recognize(text)?.intent {
    case .goodbye, .restart: return .leave
    case .back: return .back
    default: return nil
    }
  }

  static let steps: [DialogueState.HandoffStep] = [
    .offer, .fullName, .idNumber, .phone, .email, .consent, .confirm,
  ]

  /// A line during the hand-off; nil lets the ordinary handling have it (only at the offer,
  /// where the citizen may ask something else first).
  mutating func handoffLine(_ text: String, _ step: DialogueState.HandoffStep) -> Engine.Turn? {
    let key = Answers.words(text).joined(separator: " ")
    let skipsEmail = step == .email && Answers.skips(key)
    switch skipsEmail ? nil : way(out: text, key: key) {
    case .cancel: return cancelHandoff()
    case .leave: return nil
    case .back:
      if let previous = Self.steps.firstIndex(of: step).flatMap({
        $0 > 0 ? Self.steps[$0 - 1] : nil
      }) {
        state.lastIntent = Intent.back.rawValue
        state.phase = .handoff(previous)
        return reply(texts.ask(previous))
      }
    case nil: break
    }
    state.lastIntent = "answer"
    switch step {
    case .offer:
      guard let yes = Answers.yesOrNo(text) else {
        state.lastIntent = nil
        return nil
      }
      if yes { return askDetails() }
      state.phase = .summary
      return reply(texts.offerDeclined)
    case .fullName:
      switch ApplicantRules.fullName(text) {
      case .failure(let problem): return reask(.fullName, problem)
      case .success(let name):
        state.applicant.fullName = name
        return next(.idNumber)
      }
    case .idNumber:
      switch ApplicantRules.idNumber(text) {
      case .failure(let problem): return reask(.idNumber, problem)
      case .success(let number):
        state.applicant.idNumber = number
        return next(.phone)
      }
    case .phone:
      switch ApplicantRules.phone(text) {
      case .failure(let problem): return reask(.phone, problem)
      case .success(let phone):
        state.applicant.phone = phone
        return next(.email)
      }
    case .email:
      if skipsEmail {
        state.applicant.email = nil
      } else {
        switch ApplicantRules.email(text) {
        case .failure(let problem): return reask(.email, problem)
        case .success(let email): state.applicant.email = email
        }
      }
      state.applicant.emailAnswered = true
      return next(.consent)
    case .consent:
      guard let consent = Answers.consent(key) else { return reply(texts.ask(.consent)) }
      guard consent else {
        state.applicant = ApplicantDraft()
        state.phase = .summary
        return reply(texts.consentRefused)
      }
      state.applicant.consentedAt = now
      return next(.confirm)
    case .confirm:
      if Answers.edits(key) { return askDetails() }
      guard let yes = Answers.yesOrNo(key) ?? Answers.consent(key) else {
        return reply(texts.ask(.confirm))
      }
      return yes ? submit() : cancelHandoff()
    case .submitting:
      return reply(texts.stillSubmitting)
    }
  }

  private mutating func next(_ step: DialogueState.HandoffStep) -> Engine.Turn {
    state.phase = .handoff(step)
    if step == .confirm, let applicant = state.applicant.applicant, let checklist = state.checklist
    {
      return reply(texts.confirmation(applicant, checklist))
    }
    return reply(texts.ask(step))
  }

  private func reask(_ step: DialogueState.HandoffStep, _ problem: ApplicantRules.Problem)
    -> Engine.Turn
  {
    var answer = Reply([.text(texts.problem(problem))])
    answer.blocks += texts.ask(step).blocks
    return reply(answer)
  }

  private mutating func cancelHandoff() -> Engine.Turn {
    state.applicant = ApplicantDraft()
    state.lastIntent = "cancel"
    state.phase = state.checklist == nil ? .chosen : .summary
    return reply(texts.handoffCancelled)
  }

  private mutating func submit() -> Engine.Turn {
    guard let applicant = state.applicant.applicant, let checklist = state.checklist else {
      return askDetails()
    }
    let application = CaseApplication(
      procedureCode: checklist.procedureCode, applicant: applicant,
      checklist: ChecklistSummary(
        had: checklist.items.filter { $0.answer == .have }.map { Self.documentName($0) },
        missing: checklist.items.filter { $0.answer != .have }.map { Self.documentName($0) }),
      consentedAt: state.applicant.consentedAt ?? now)
    state.phase = .handoff(.submitting)
    return reply(texts.submitting, [.submitCase(application)])
  }

  /// A document's name as the case carries it: the catalogue's are sometimes paragraphs.
  static func documentName(_ item: Checklist.Item) -> String {
    Texts.shorten(item.document.name, 300)
  }

  /// The shell's report on the submission. The applicant's details are forgotten either way.
  mutating func submitted(_ outcome: SubmissionOutcome) -> Engine.Turn {
    state.applicant = ApplicantDraft()
    state.lastSubmission = outcome
    state.lastIntent = nil
    switch outcome {
    case .submitted(let receipt):
      state.phase = .chosen
      return reply(texts.receipt(receipt))
    case .queued(let reference):
      state.phase = .chosen
      return reply(texts.provisionalReceipt(reference))
    case .refused(let reason):
      state.phase = .summary
      return reply(texts.submissionRefused(reason))
    }
  }
}

/// "Tra cứu hồ sơ": the dossier number (or provisional reference) and the CCCD number, then
/// `Effect.lookUpCase`; the shell's outcome comes back as `caseLookedUp`.
extension Dialogue {
  /// A dossier number or provisional reference anywhere in `text`.
  static func reference(in text: String) -> String? {
    for word in text.split(whereSeparator: { $0.isWhitespace || ",;:()“”\"'".contains($0) }) {
      let token = String(word).trimmingCharacters(in: .punctuationCharacters)
      if let number = DossierNumber(token) { return number.description }
      if ProvisionalReference.isValid(token) { return token.uppercased() }
    }
    return nil
  }

  mutating func startLookup(_ text: String) -> Engine.Turn {
    let reference = Self.reference(in: text)
    move(to: .lookup(reference: reference))
    return reply(reference == nil ? texts.askReference : texts.askLookupIDNumber)
  }

  /// A line during a lookup; nil lets the ordinary handling have it (goodbye, restart).
  mutating func lookupLine(_ text: String, reference: String?) -> Engine.Turn? {
    let key = Answers.words(text).joined(separator: " ")
    switch way(out: text, key: key) {
    case .cancel, .back:
      state.phase = state.procedure == nil ? .idle : .chosen
      state.lastIntent = "cancel"
      return reply(texts.lookupCancelled)
    case .leave: return nil
    case nil: break
    }
    state.lastIntent = "answer"
    guard let reference else {
      guard let found = Self.reference(in: text) else {
        return reply(Reply([.text(texts.referenceFormat)] + texts.askReference.blocks))
      }
      state.phase = .lookup(reference: found)
      return reply(texts.askLookupIDNumber)
    }
    switch ApplicantRules.idNumber(text) {
    case .failure(let problem):
      return reply(Reply([.text(texts.problem(problem))] + texts.askLookupIDNumber.blocks))
    case .success(let number):
      state.phase = state.procedure == nil ? .idle : .chosen
      return reply(texts.lookingUp, [.lookUpCase(reference: reference, idNumber: number)])
    }
  }

  func lookedUp(_ outcome: LookupOutcome) -> Engine.Turn {
    var name: String?
    if case .found(let view) = outcome {
      name = (try? engine.catalog.procedure(code: view.procedureCode))??.name
    }
    return reply(texts.lookupResult(outcome, procedureName: name))
  }
}
