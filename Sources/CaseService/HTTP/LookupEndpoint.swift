import CaseModel
import Foundation
import Hummingbird

extension CaseResponder {
  /// `GET /v1/cases/{dossier}?id_number=…`: the status and history. 404 unless the dossier
  /// exists and the ID number matches; a kiosk must give the ID number (400), staff may omit it.
  func lookup(_ request: Request, dossier segment: Substring) async throws -> Response {
    let principal = try Authentication.principal(of: request, in: tokens)
    let query = try QueryParameters(request.uri.query)
    let idNumber = try query.single("id_number")
    if idNumber == nil && !principal.isStaff {
      throw ProblemAnswer(
        .invalidQuery, detail: "a kiosk must give the applicant's id_number",
        errors: [
          Problem.FieldError(
            pointer: "query:id_number", code: "missing", detail: "id_number is required",
            title: "Cần số CCCD của người nộp hồ sơ.")
        ])
    }
    let dossier = try dossierNumber(segment)
    guard let found = try await withStore("find", { try await store.find(dossier) }) else {
      throw Self.dossierNotFound
    }
    if let idNumber {
      guard case .success(let given) = ApplicantRules.idNumber(idNumber),
        case .success(let stored) = ApplicantRules.idNumber(found.idNumber),
        TokenTable.constantTimeEqual(Array(given.utf8), Array(stored.utf8))
      else { throw Self.dossierNotFound }
    }
    return try Answer.json(status: 200, found.view)
  }

  /// The `{dossier}` segment as a dossier number; anything else is 404 (and never echoed).
  func dossierNumber(_ segment: Substring) throws -> DossierNumber {
    guard let text = String(segment).removingPercentEncoding, let number = DossierNumber(text)
    else { throw Self.dossierNotFound }
    return number
  }

  static let dossierNotFound = ProblemAnswer(
    .notFound, detail: "no dossier with this number (and ID number)")
}

/// The query string, percent-decoded ('+' is a space). Repeated parameters are refused where one
/// is expected; values are never echoed.
struct QueryParameters {
  private var values: [String: [String]] = [:]

  init(_ query: String?) throws {
    guard let query, !query.isEmpty else { return }
    for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.decode(parts[0]),
        let value = parts.count > 1 ? Self.decode(parts[1]) : ""
      else {
        throw ProblemAnswer(.invalidQuery, detail: "the query string is not well encoded")
      }
      values[name, default: []].append(value)
    }
  }

  /// The one value of `name`, nil when absent; 400 when repeated.
  func single(_ name: String) throws -> String? {
    guard let found = values[name] else { return nil }
    guard found.count == 1 else {
      throw ProblemAnswer(.invalidQuery, detail: "\(name) is given more than once")
    }
    return found[0]
  }

  private static func decode(_ text: Substring) -> String? {
    text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }
}
