import Foundation

/// The rules an applicant's details must meet, shared by the kiosk's dialogue (which re-asks with
/// the reason) and the case service (which refuses with 422). Each check returns the normalised
/// value, or the reason it is refused; reasons never repeat the value.
public enum ApplicantRules {
  public enum Problem: String, Error, Sendable, Equatable, CaseIterable {
    case nameEmpty
    case nameOneWord
    case nameTooLong
    case nameHasDigits
    case idNumberLength
    case idNumberProvince
    case phoneFormat
    case emailFormat

    /// For the citizen, in Vietnamese.
    public var vietnamese: String {
      switch self {
      case .nameEmpty: return "Họ và tên không được để trống."
      case .nameOneWord: return "Xin nhập đầy đủ họ và tên, ví dụ Nguyễn Văn An."
      case .nameTooLong: return "Họ và tên dài quá 100 ký tự."
      case .nameHasDigits: return "Họ và tên không có chữ số hay ký hiệu."
      case .idNumberLength: return "Số CCCD gồm đúng 12 chữ số."
      case .idNumberProvince:
        return "Ba chữ số đầu của số CCCD là mã tỉnh nơi đăng ký khai sinh (001–096)."
      case .phoneFormat:
        return "Số điện thoại gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84)."
      case .emailFormat: return "Địa chỉ email chưa đúng dạng ten@mien.vn."
      }
    }

    /// For developers and the problem-details `detail`, in English.
    public var english: String {
      switch self {
      case .nameEmpty: return "full_name is empty"
      case .nameOneWord: return "full_name must have at least two words (family and given name)"
      case .nameTooLong: return "full_name is longer than 100 characters"
      case .nameHasDigits: return "full_name contains digits or symbols"
      case .idNumberLength: return "id_number must be exactly 12 digits"
      case .idNumberProvince: return "id_number must start with a province code 001-096"
      case .phoneFormat:
        return "phone must be a Vietnamese mobile number: 10 digits starting 03/05/07/08/09, or +84"
      case .emailFormat: return "email is not a valid address"
      }
    }
  }

  /// A full name: letters (any script), spaces, apostrophes and hyphens; spaces collapsed; at
  /// least two words, as on a CCCD (so "có" or "ok" typed at the question is not a name).
  public static func fullName(_ text: String) -> Result<String, Problem> {
    let name = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if name.isEmpty { return .failure(.nameEmpty) }
    if name.count > 100 { return .failure(.nameTooLong) }
    let allowed = name.unicodeScalars.allSatisfy { scalar in
      scalar.properties.isAlphabetic || scalar == " " || scalar == "'" || scalar == "-"
        || scalar == "." || scalar.properties.generalCategory == .nonspacingMark
    }
    guard allowed else { return .failure(.nameHasDigits) }
    return name.contains(" ") ? .success(name) : .failure(.nameOneWord)
  }

  /// A CCCD number: 12 digits, typed with or without spaces, dots or dashes between groups; the
  /// first three are the province code.
  public static func idNumber(_ text: String) -> Result<String, Problem> {
    guard let digits = digitsOnly(text), digits.count == 12 else {
      return .failure(.idNumberLength)
    }
    guard let province = Int(digits.prefix(3)), (1...96).contains(province) else {
      return .failure(.idNumberProvince)
    }
    return .success(digits)
  }

  /// A Vietnamese mobile number, normalised to 10 digits starting with 0.
  public static func phone(_ text: String) -> Result<String, Problem> {
    var trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("+84") {
      trimmed = "0" + trimmed.dropFirst(3).drop { $0 == " " }
    } else if trimmed.hasPrefix("84"), digitsOnly(trimmed)?.count == 11 {
      trimmed = "0" + trimmed.dropFirst(2)
    }
    guard let digits = digitsOnly(trimmed), digits.count == 10, digits.hasPrefix("0"),
      let second = digits.dropFirst().first, "35789".contains(second)
    else { return .failure(.phoneFormat) }
    return .success(digits)
  }

  /// An email address: one @, a local part, a domain with a dot, no spaces; at most 254 bytes.
  public static func email(_ text: String) -> Result<String, Problem> {
    let email = text.trimmingCharacters(in: .whitespaces)
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    guard email.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty,
      parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
      !email.contains(where: { $0.isWhitespace || $0.isNewline })
    else { return .failure(.emailFormat) }
    return .success(email)
  }

  /// Every problem of an applicant, in field order; empty when all is well.
  public static func problems(of applicant: Applicant) -> [Problem] {
    var found: [Problem] = []
    if case .failure(let problem) = fullName(applicant.fullName) { found.append(problem) }
    if case .failure(let problem) = idNumber(applicant.idNumber) { found.append(problem) }
    if case .failure(let problem) = phone(applicant.phone) { found.append(problem) }
    if let email = applicant.email, case .failure(let problem) = self.email(email) {
      found.append(problem)
    }
    return found
  }

  /// The digits of `text` when it holds only digits and group separators (space, dot, dash).
  static func digitsOnly(_ text: String) -> String? {
    var digits = ""
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else if !" .-".contains(character) {
        return nil
      }
    }
    return digits
  }
}

extension Result where Failure == ApplicantRules.Problem {
  /// The problem, when there is one.
  public var problem: ApplicantRules.Problem? {
    if case .failure(let problem) = self { return problem }
    return nil
  }
}
