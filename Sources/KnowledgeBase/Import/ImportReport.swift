/// What one import made of a portal export: per split field, how many rows it handled and the
/// ones it could not split cleanly; duplicate codes; lines it could not read; records whose
/// shifted fields were re-read from the page text.
public struct ImportReport: Sendable, Equatable {
  /// The source name (sources.yaml) or file the report is about.
  public var source: String
  /// Procedures imported (duplicates and unreadable lines not counted).
  public var procedureCount: Int
  public var documents: FieldReport
  public var methods: FieldReport
  public var legalBasis: FieldReport
  public var steps: FieldReport
  public var result: FieldReport
  /// Codes met again after their first line; the first record is kept.
  public var duplicates: [DuplicateCode]
  /// Lines that could not be read, as `file:line: message`; those lines are skipped.
  public var errors: [Diagnostic]
  /// Codes whose documents (and steps) were re-read from `raw_text` because the crawler had
  /// cut the fields at the wrong label.
  public var repaired: [String]

  public init(source: String) {
    self.source = source
    procedureCount = 0
    documents = FieldReport(field: .documents)
    methods = FieldReport(field: .methods)
    legalBasis = FieldReport(field: .legalBasis)
    steps = FieldReport(field: .steps)
    result = FieldReport(field: .result)
    duplicates = []
    errors = []
    repaired = []
  }

  /// The field reports in display order.
  public var fields: [FieldReport] { [documents, methods, legalBasis, steps, result] }

  subscript(field: ImportField) -> FieldReport {
    get {
      switch field {
      case .documents: documents
      case .methods: methods
      case .legalBasis: legalBasis
      case .steps: steps
      case .result: result
      }
    }
    set {
      switch field {
      case .documents: documents = newValue
      case .methods: methods = newValue
      case .legalBasis: legalBasis = newValue
      case .steps: steps = newValue
      case .result: result = newValue
      }
    }
  }
}

/// A field the importer splits.
public enum ImportField: String, Sendable, Equatable, CaseIterable {
  case documents, methods
  case legalBasis = "legal_basis"
  case steps, result

  /// The Vietnamese name editors know.
  public var label: String {
    switch self {
    case .documents: "thành phần hồ sơ"
    case .methods: "cách thức thực hiện"
    case .legalBasis: "căn cứ pháp lý"
    case .steps: "trình tự thực hiện"
    case .result: "kết quả xử lý"
    }
  }

  /// What is counted: table rows, or whole records for fields that are not tables.
  public var countsRows: Bool { self != .steps && self != .result }
}

/// One field's figures.
public struct FieldReport: Sendable, Equatable {
  public var field: ImportField
  /// Rows (or records) processed.
  public var processed: Int
  /// Rows (or records) that could not be split cleanly.
  public var unsplit: [UnsplitRow]

  public init(field: ImportField, processed: Int = 0, unsplit: [UnsplitRow] = []) {
    self.field = field
    self.processed = processed
    self.unsplit = unsplit
  }

  /// Unsplit rows as a fraction of processed rows (0 when nothing was processed).
  public var unsplitRate: Double {
    processed == 0 ? 0 : Double(unsplit.count) / Double(processed)
  }
}

/// A row the importer could not split cleanly.
public struct UnsplitRow: Sendable, Equatable {
  /// The procedure's code.
  public var code: String
  /// The row's raw text, cut to about 200 characters.
  public var text: String
  /// Why, in Vietnamese ("không có số lượng", "không tách được thời hạn và phí"…).
  public var reason: String

  public init(code: String, text: String, reason: String) {
    self.code = code
    self.text = text
    self.reason = reason
  }

  /// Raw text is cut to this many characters in reports.
  public static let textLimit = 200

  static func excerpt(_ text: String) -> String {
    guard text.count > textLimit else { return text }
    return String(text.prefix(textLimit)) + "…"
  }
}

/// A code that appears on more than one line of a file.
public struct DuplicateCode: Sendable, Equatable {
  public var code: String
  /// The line that was skipped.
  public var line: Int
  /// The line whose record was kept.
  public var firstLine: Int

  public init(code: String, line: Int, firstLine: Int) {
    self.code = code
    self.line = line
    self.firstLine = firstLine
  }
}
