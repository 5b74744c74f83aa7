import Foundation

/// The answer to a submission (`201 Created`): the dossier number and where it stands.
public struct CaseReceipt: Sendable, Equatable, Codable {
  public var dossier: DossierNumber
  public var status: CaseStatus
  public var statusLabel: String
  public var procedureCode: String
  public var submittedAt: Date

  public init(dossier: DossierNumber, status: CaseStatus, procedureCode: String, submittedAt: Date)
  {
    self.dossier = dossier
    self.status = status
    self.statusLabel = status.label
    self.procedureCode = procedureCode
    self.submittedAt = submittedAt
  }

  enum CodingKeys: String, CodingKey {
    case dossier, status
    case statusLabel = "status_label"
    case procedureCode = "procedure_code"
    case submittedAt = "submitted_at"
  }
}

/// A dossier as `GET /v1/cases/{dossier}` shows it: status and history, no personal data.
public struct CaseStatusView: Sendable, Equatable, Codable {
  public struct Event: Sendable, Equatable, Codable {
    public var status: CaseStatus
    public var statusLabel: String
    public var at: Date
    public var note: String?

    public init(status: CaseStatus, at: Date, note: String? = nil) {
      self.status = status
      self.statusLabel = status.label
      self.at = at
      self.note = note
    }

    enum CodingKeys: String, CodingKey {
      case status
      case statusLabel = "status_label"
      case at, note
    }
  }

  public var dossier: DossierNumber
  public var procedureCode: String
  public var status: CaseStatus
  public var statusLabel: String
  public var submittedAt: Date
  /// Oldest first; the first event is `moi_dang_ky`.
  public var history: [Event]

  public init(
    dossier: DossierNumber, procedureCode: String, status: CaseStatus, submittedAt: Date,
    history: [Event]
  ) {
    self.dossier = dossier
    self.procedureCode = procedureCode
    self.status = status
    self.statusLabel = status.label
    self.submittedAt = submittedAt
    self.history = history
  }

  enum CodingKeys: String, CodingKey {
    case dossier
    case procedureCode = "procedure_code"
    case status
    case statusLabel = "status_label"
    case submittedAt = "submitted_at"
    case history
  }
}

/// Staff's change of status: `PATCH /v1/cases/{dossier}/status`.
public struct StatusChange: Sendable, Equatable, Codable {
  public var status: CaseStatus
  /// Why, for the history (at most 500 characters).
  public var note: String?

  public init(status: CaseStatus, note: String? = nil) {
    self.status = status
    self.note = note
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case status, note
  }

  public init(from decoder: any Decoder) throws {
    try StrictKeys.check(decoder, CodingKeys.self)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    status = try container.decode(CaseStatus.self, forKey: .status)
    note = try container.decodeIfPresent(String.self, forKey: .note)
  }
}

/// The JSON coders of the API: ISO 8601 dates with the Ho Chi Minh City offset.
public enum CaseJSON {
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(format(date))
    }
    return encoder
  }

  public static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = parse(text) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "not an ISO 8601 date-time")
      }
      return date
    }
    return decoder
  }

  /// "2026-01-05T09:00:00+07:00".
  public static func format(_ date: Date) -> String {
    date.formatted(
      Date.ISO8601FormatStyle(timeZone: HoChiMinhCity.timeZone).year().month().day()
        .time(includingFractionalSeconds: false).timeZone(separator: .colon))
  }

  public static func parse(_ text: String) -> Date? {
    if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
    return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
  }
}
