import CaseModel
import Foundation
import Hummingbird

extension CaseResponder {
  static let maximumNoteLength = 500

  /// `PATCH /v1/cases/{dossier}/status`, staff only: moves the dossier when its current status
  /// allows it (409 naming the current status otherwise).
  func changeStatus(_ request: Request, dossier segment: Substring) async throws -> Response {
    let principal = try Authentication.principal(of: request, in: tokens)
    try Authentication.requireStaff(principal)
    let dossier = try dossierNumber(segment)
    let body = try await RequestBodyReader.read(request, limit: maximumBodyBytes)
    let change = try RequestBodyReader.decode(StatusChange.self, from: body)
    if let note = change.note, note.count > Self.maximumNoteLength {
      throw ProblemAnswer(
        .validation, detail: "note is longer than \(Self.maximumNoteLength) characters",
        errors: [
          Problem.FieldError(
            pointer: "/note", code: "note_too_long",
            detail: "note is longer than \(Self.maximumNoteLength) characters",
            title: "Ghi chú dài quá \(Self.maximumNoteLength) ký tự.")
        ])
    }
    let now = clock()
    let outcome = try await withStore("change status") {
      try await store.changeStatus(dossier, change, now: now)
    }
    switch outcome {
    case .changed(let view):
      return try Answer.json(status: 200, view)
    case .notFound:
      throw Self.dossierNotFound
    case .notAllowed(let current):
      throw ProblemAnswer(
        Problem(
          .statusConflict,
          detail:
            "a dossier in status \(current.rawValue) cannot move to \(change.status.rawValue)",
          currentStatus: current))
    }
  }
}
