import CaseModel

/// The checks of a decoded submission after its shape: the kiosk (403), then everything else
/// at once (422, every problem listed). Returns the submission with normalised applicant
/// details (12-digit CCCD, 10-digit phone, collapsed spaces), as the store keeps them.
enum SubmissionCheck {
  static let maximumDocuments = 200
  static let maximumDocumentName = 500

  static func validate(
    _ submission: CaseSubmission, principal: Principal,
    procedureExists: @Sendable (String) -> Bool
  ) throws -> CaseSubmission {
    if case .kiosk(let id) = principal, submission.kioskID != id {
      throw ProblemAnswer(.forbidden, detail: "kiosk_id is not the kiosk of the bearer token")
    }
    var errors: [Problem.FieldError] = []
    var normalised = submission
    if !ProcedureCode.isWellFormed(submission.procedureCode)
      || !procedureExists(submission.procedureCode)
    {
      errors.append(
        error(
          "/procedure_code", "procedure_unknown", "procedure_code is not in the catalogue",
          "Thủ tục không có trong danh mục."))
    }
    let applicant = submission.applicant
    switch ApplicantRules.fullName(applicant.fullName) {
    case .success(let name): normalised.applicant.fullName = name
    case .failure(let problem): errors.append(error("/applicant/full_name", problem))
    }
    switch ApplicantRules.idNumber(applicant.idNumber) {
    case .success(let number): normalised.applicant.idNumber = number
    case .failure(let problem): errors.append(error("/applicant/id_number", problem))
    }
    switch ApplicantRules.phone(applicant.phone) {
    case .success(let phone): normalised.applicant.phone = phone
    case .failure(let problem): errors.append(error("/applicant/phone", problem))
    }
    if let email = applicant.email {
      switch ApplicantRules.email(email) {
      case .success(let email): normalised.applicant.email = email
      case .failure(let problem): errors.append(error("/applicant/email", problem))
      }
    }
    for (name, documents) in [
      ("had", submission.checklist.had), ("missing", submission.checklist.missing),
    ] {
      if documents.count > maximumDocuments
        || documents.contains(where: { $0.isEmpty || $0.count > maximumDocumentName })
      {
        errors.append(
          error(
            "/checklist/\(name)", "checklist_invalid",
            "checklist.\(name) must have at most \(maximumDocuments) names of 1 to "
              + "\(maximumDocumentName) characters",
            "Danh sách giấy tờ không hợp lệ."))
      }
    }
    if !submission.consent.given {
      errors.append(
        error(
          "/consent/given", "consent_missing",
          "consent.given must be true: no consent, no case (Decree 13/2023/ND-CP)",
          "Cần có sự đồng ý xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)."))
    }
    if !KioskID.isValid(submission.kioskID) {
      errors.append(
        error(
          "/kiosk_id", "kiosk_id_invalid",
          "kiosk_id must be 1 to 64 letters, digits, '.', '_' or '-'", "Mã ki-ốt không hợp lệ."))
    }
    guard errors.isEmpty else {
      let details = errors.map(\.detail).joined(separator: "; ")
      throw ProblemAnswer(
        .validation,
        detail: errors.count == 1 ? details : "\(errors.count) problems: \(details)",
        errors: errors)
    }
    return normalised
  }

  private static func error(_ pointer: String, _ problem: ApplicantRules.Problem)
    -> Problem.FieldError
  {
    error(pointer, snakeCase(problem.rawValue), problem.english, problem.vietnamese)
  }

  private static func error(_ pointer: String, _ code: String, _ detail: String, _ title: String)
    -> Problem.FieldError
  {
    Problem.FieldError(pointer: pointer, code: code, detail: detail, title: title)
  }

  static func snakeCase(_ name: String) -> String {
    var out = ""
    for character in name {
      if character.isUppercase {
        out += "_" + character.lowercased()
      } else {
        out.append(character)
      }
    }
    return out
  }
}

/// Procedure codes as the catalogue writes them ("1.001193"; local procedures may use letters):
/// 1 to 40 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.
enum ProcedureCode {
  static func isWellFormed(_ code: String) -> Bool {
    guard let first = code.utf8.first, (1...40).contains(code.utf8.count) else { return false }
    let isAlphanumeric: (UInt8) -> Bool = { byte in
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A)
    }
    return isAlphanumeric(first)
      && code.utf8.allSatisfy { isAlphanumeric($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
  }
}
