/// One administrative procedure (thủ tục hành chính) as the assistant knows it: imported from a
/// portal export, possibly corrected by an editor's override, or added by an editor.
public struct Procedure: Sendable, Equatable, Codable {
  enum CodingKeys: String, CodingKey {
    case code, name, field, levels, kind, decision, agencies, applicants
    case submitAt = "submit_at"
    case methods, steps, documents, conditions, result
    case legalBasis = "legal_basis"
    case related
    case sourceURL = "source_url"
    case localNote = "local_note"
    case keywords, origin
  }

  /// Catalogue code such as `1.001193`.
  public var code: String
  public var name: String
  /// Lĩnh vực, e.g. "Hộ tịch".
  public var field: String?
  /// Levels that carry it out, canonical spelling: "Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác".
  public var levels: [String]
  /// Loại thủ tục.
  public var kind: String?
  /// Số quyết định that published it.
  public var decision: String?
  public var agencies: Agencies
  /// Đối tượng thực hiện: who may apply.
  public var applicants: [String]
  /// Địa chỉ tiếp nhận: where to submit.
  public var submitAt: String?
  public var methods: [SubmissionMethod]
  /// Trình tự thực hiện, one entry per step.
  public var steps: [String]
  /// Thành phần hồ sơ.
  public var documents: [RequiredDocument]
  /// Yêu cầu, điều kiện.
  public var conditions: String?
  /// Kết quả xử lý.
  public var result: String?
  /// Căn cứ pháp lý.
  public var legalBasis: [LegalDocument]
  /// Thủ tục liên quan (names or codes as published).
  public var related: [String]
  public var sourceURL: String?
  /// An editor's note for citizens of the city (from an override or a local procedure).
  public var localNote: String?
  /// Extra search keywords (from an override or a local procedure).
  public var keywords: [String]
  /// Where the procedure comes from: the source name of sources.yaml, or `local`.
  public var origin: String

  public init(
    code: String, name: String, field: String? = nil, levels: [String] = [], kind: String? = nil,
    decision: String? = nil, agencies: Agencies = Agencies(), applicants: [String] = [],
    submitAt: String? = nil, methods: [SubmissionMethod] = [], steps: [String] = [],
    documents: [RequiredDocument] = [], conditions: String? = nil, result: String? = nil,
    legalBasis: [LegalDocument] = [], related: [String] = [], sourceURL: String? = nil,
    localNote: String? = nil, keywords: [String] = [], origin: String
  ) {
    self.code = code
    self.name = name
    self.field = field
    self.levels = levels
    self.kind = kind
    self.decision = decision
    self.agencies = agencies
    self.applicants = applicants
    self.submitAt = submitAt
    self.methods = methods
    self.steps = steps
    self.documents = documents
    self.conditions = conditions
    self.result = result
    self.legalBasis = legalBasis
    self.related = related
    self.sourceURL = sourceURL
    self.localNote = localNote
    self.keywords = keywords
    self.origin = origin
  }
}

/// The bodies involved in a procedure.
public struct Agencies: Sendable, Equatable, Codable {
  /// Cơ quan có thẩm quyền.
  public var competent: String?
  /// Cơ quan thực hiện.
  public var implementing: String?
  /// Cơ quan được ủy quyền.
  public var authorized: String?
  /// Cơ quan phối hợp.
  public var coordinating: String?

  public init(
    competent: String? = nil, implementing: String? = nil, authorized: String? = nil,
    coordinating: String? = nil
  ) {
    self.competent = competent
    self.implementing = implementing
    self.authorized = authorized
    self.coordinating = coordinating
  }
}

/// One way to submit (hình thức nộp) with its processing time and fee.
public struct SubmissionMethod: Sendable, Equatable, Codable {
  enum CodingKeys: String, CodingKey {
    case channel
    case processingTime = "processing_time"
    case fee, note
  }

  /// "Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính".
  public var channel: String
  public var processingTime: ProcessingTime?
  public var fee: Fee?
  /// Mô tả, free text.
  public var note: String?

  public init(
    channel: String, processingTime: ProcessingTime? = nil, fee: Fee? = nil, note: String? = nil
  ) {
    self.channel = channel
    self.processingTime = processingTime
    self.fee = fee
    self.note = note
  }

  /// True for the online channel.
  public var isOnline: Bool { channel.lowercased().contains("trực tuyến") }
}

/// Thời hạn giải quyết.
public struct ProcessingTime: Sendable, Equatable, Codable {
  /// The amount, when one was stated.
  public var value: Double?
  /// "ngày làm việc", "ngày", "giờ", "tháng"…; nil when the portal lost the unit.
  public var unit: String?
  /// The text as published (cleaned), for display.
  public var text: String

  public init(value: Double? = nil, unit: String? = nil, text: String) {
    self.value = value
    self.unit = unit
    self.text = text
  }

  enum CodingKeys: String, CodingKey {
    case value, unit, text
  }

  /// Whole amounts are written as integers ("15", not "1.5e+1"): editors read this YAML.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if let value {
      if value == value.rounded(), abs(value) < 1e9 {
        try container.encode(Int(value), forKey: .value)
      } else {
        try container.encode(value, forKey: .value)
      }
    }
    try container.encodeIfPresent(unit, forKey: .unit)
    try container.encode(text, forKey: .text)
  }
}

/// Phí, lệ phí.
public struct Fee: Sendable, Equatable, Codable {
  enum CodingKeys: String, CodingKey {
    case text
    case amountVND = "amount_vnd"
  }

  /// The fee as published (cleaned), for display.
  public var text: String
  /// The amount in đồng when the text states one; 0 for "Miễn phí" with no schedule.
  public var amountVND: Int?

  public init(text: String, amountVND: Int? = nil) {
    self.text = text
    self.amountVND = amountVND
  }
}

/// One row of thành phần hồ sơ.
public struct RequiredDocument: Sendable, Equatable, Codable {
  enum CodingKeys: String, CodingKey {
    case name, originals, copies, form, section
    case caseHeading = "case_heading"
    case isNote = "is_note"
  }

  public enum Section: String, Sendable, Codable, CaseIterable {
    /// Giấy tờ phải nộp.
    case submit = "phải nộp"
    /// Giấy tờ phải xuất trình.
    case present = "phải xuất trình"
  }

  public var name: String
  /// Number of originals (bản chính).
  public var originals: Int
  /// Number of copies (bản sao).
  public var copies: Int
  /// Form template file or code (mẫu đơn, tờ khai), e.g. "Mẫu TK01.docx".
  public var form: String?
  public var section: Section
  /// The case heading ("Trường hợp …") the row belongs to, if any.
  public var caseHeading: String?
  /// True for rows the portal uses as notes (counts 0), not documents to bring.
  public var isNote: Bool

  public init(
    name: String, originals: Int = 1, copies: Int = 0, form: String? = nil,
    section: Section = .submit, caseHeading: String? = nil, isNote: Bool = false
  ) {
    self.name = name
    self.originals = originals
    self.copies = copies
    self.form = form
    self.section = section
    self.caseHeading = caseHeading
    self.isNote = isNote
  }
}

/// One entry of căn cứ pháp lý.
public struct LegalDocument: Sendable, Equatable, Codable {
  /// Số ký hiệu, e.g. "123/2015/NĐ-CP"; nil when none could be found.
  public var number: String?
  public var title: String

  public init(number: String? = nil, title: String) {
    self.number = number
    self.title = title
  }
}
