import Foundation

/// What a kiosk sends to the case service: `POST /v1/cases`. JSON keys are snake_case, exactly as
/// docs/openapi.yaml describes them; unknown keys are refused (see `StrictKeys`).
public struct CaseSubmission: Sendable, Equatable, Codable {
  /// The procedure's code in the national catalogue ("1.001193").
  public var procedureCode: String
  public var applicant: Applicant
  public var checklist: ChecklistSummary
  public var consent: Consent
  /// The kiosk the citizen used; must be the kiosk of the token that sends it.
  public var kioskID: String

  public init(
    procedureCode: String, applicant: Applicant, checklist: ChecklistSummary, consent: Consent,
    kioskID: String
  ) {
    self.procedureCode = procedureCode
    self.applicant = applicant
    self.checklist = checklist
    self.consent = consent
    self.kioskID = kioskID
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case procedureCode = "procedure_code"
    case applicant, checklist, consent
    case kioskID = "kiosk_id"
  }

  public init(from decoder: any Decoder) throws {
    try StrictKeys.check(decoder, CodingKeys.self)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    procedureCode = try container.decode(String.self, forKey: .procedureCode)
    applicant = try container.decode(Applicant.self, forKey: .applicant)
    checklist = try container.decode(ChecklistSummary.self, forKey: .checklist)
    consent = try container.decode(Consent.self, forKey: .consent)
    kioskID = try container.decode(String.self, forKey: .kioskID)
  }
}

/// The citizen who submits the case. Personal data: never logged, echoed or kept unmasked
/// outside the stores.
public struct Applicant: Sendable, Equatable, Codable {
  public var fullName: String
  /// The 12-digit number of the citizen identity card (CCCD).
  public var idNumber: String
  public var phone: String
  public var email: String?

  public init(fullName: String, idNumber: String, phone: String, email: String? = nil) {
    self.fullName = fullName
    self.idNumber = idNumber
    self.phone = phone
    self.email = email
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case fullName = "full_name"
    case idNumber = "id_number"
    case phone, email
  }

  public init(from decoder: any Decoder) throws {
    try StrictKeys.check(decoder, CodingKeys.self)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    fullName = try container.decode(String.self, forKey: .fullName)
    idNumber = try container.decode(String.self, forKey: .idNumber)
    phone = try container.decode(String.self, forKey: .phone)
    email = try container.decodeIfPresent(String.self, forKey: .email)
  }
}

/// The documents of the checklist, as the citizen answered them at the kiosk.
public struct ChecklistSummary: Sendable, Equatable, Codable {
  /// Names of the documents the citizen has.
  public var had: [String]
  /// Names of the documents still missing (or not sure).
  public var missing: [String]

  public init(had: [String] = [], missing: [String] = []) {
    self.had = had
    self.missing = missing
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case had, missing
  }

  public init(from decoder: any Decoder) throws {
    try StrictKeys.check(decoder, CodingKeys.self)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    had = try container.decode([String].self, forKey: .had)
    missing = try container.decode([String].self, forKey: .missing)
  }
}

/// Consent to the processing of personal data under Nghị định 13/2023/NĐ-CP. No consent, no case.
public struct Consent: Sendable, Equatable, Codable {
  public var given: Bool
  /// When the citizen gave it (ISO 8601).
  public var givenAt: Date

  public init(given: Bool, givenAt: Date) {
    self.given = given
    self.givenAt = givenAt
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case given
    case givenAt = "given_at"
  }

  public init(from decoder: any Decoder) throws {
    try StrictKeys.check(decoder, CodingKeys.self)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    given = try container.decode(Bool.self, forKey: .given)
    givenAt = try container.decode(Date.self, forKey: .givenAt)
  }
}

/// Refuses keys a type does not know: a typo in a field name is an error, not a silent default.
enum StrictKeys {
  struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  static func check<Keys: CodingKey & CaseIterable>(_ decoder: any Decoder, _: Keys.Type) throws {
    let container = try decoder.container(keyedBy: AnyKey.self)
    let known = Set(Keys.allCases.map(\.stringValue))
    if let unknown = container.allKeys.first(where: { !known.contains($0.stringValue) }) {
      throw DecodingError.dataCorruptedError(
        forKey: unknown, in: container, debugDescription: "unknown field '\(unknown.stringValue)'")
    }
  }
}
