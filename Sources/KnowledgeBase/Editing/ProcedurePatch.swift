import Yams

/// An editor's change to a procedure, field by field: every field present replaces the imported
/// one; absent fields keep the import. A local procedure is a patch applied to an empty one.
public struct ProcedurePatch: Sendable, Equatable {
  public var code: String?
  public var name: String?
  public var field: String?
  public var levels: [String]?
  public var kind: String?
  public var decision: String?
  public var agencies: Agencies?
  public var applicants: [String]?
  public var submitAt: String?
  public var methods: [SubmissionMethod]?
  public var steps: [String]?
  public var documents: [RequiredDocument]?
  public var conditions: String?
  public var result: String?
  public var legalBasis: [LegalDocument]?
  public var related: [String]?
  public var sourceURL: String?
  public var localNote: String?
  public var keywords: [String]?

  public init() {}

  /// The YAML keys an editor may use, in the order `kb show` prints them.
  public static let keys = [
    "code", "name", "field", "levels", "kind", "decision", "agencies", "applicants", "submit_at",
    "methods", "steps", "documents", "conditions", "result", "legal_basis", "related",
    "source_url", "local_note", "keywords",
  ]

  /// Applies the patch over `procedure`.
  public func applied(to procedure: Procedure) -> Procedure {
    var merged = procedure
    if let name { merged.name = name }
    if let field { merged.field = field }
    if let levels { merged.levels = levels }
    if let kind { merged.kind = kind }
    if let decision { merged.decision = decision }
    if let agencies { merged.agencies = agencies }
    if let applicants { merged.applicants = applicants }
    if let submitAt { merged.submitAt = submitAt }
    if let methods { merged.methods = methods }
    if let steps { merged.steps = steps }
    if let documents { merged.documents = documents }
    if let conditions { merged.conditions = conditions }
    if let result { merged.result = result }
    if let legalBasis { merged.legalBasis = legalBasis }
    if let related { merged.related = related }
    if let sourceURL { merged.sourceURL = sourceURL }
    if let localNote { merged.localNote = localNote }
    if let keywords { merged.keywords = keywords }
    return merged
  }
}

extension ProcedurePatch {
  /// Reads a patch from an editor's YAML file, reporting any mistake with its line.
  static func read(_ text: String, path: String) throws(Diagnostic) -> ProcedurePatch {
    let reader = YAMLReader(path: path)
    guard let root = try reader.parse(text) else {
      throw Diagnostic(path: path, line: 1, message: "tệp trống")
    }
    var patch = ProcedurePatch()
    let entries = try reader.entries(
      reader.mapping(root, "tệp thủ tục"), allowed: keys, in: "tệp thủ tục")
    for (key, _, value) in entries {
      try patch.set(key, value, reader)
    }
    return patch
  }

  private mutating func set(_ key: String, _ value: Node, _ r: YAMLReader) throws(Diagnostic) {
    switch key {
    case "code": code = try r.string(value, "code")
    case "name":
      guard let text = try r.optionalString(value, "name") else {
        throw r.fail(value, "name không được để trống")
      }
      name = text
    case "field": field = try r.optionalString(value, "field")
    case "levels": levels = try r.strings(value, "levels")
    case "kind": kind = try r.optionalString(value, "kind")
    case "decision": decision = try r.optionalString(value, "decision")
    case "agencies": agencies = try Self.agencies(value, r)
    case "applicants": applicants = try r.strings(value, "applicants")
    case "submit_at": submitAt = try r.optionalString(value, "submit_at")
    case "methods": methods = try Self.list(value, "methods", r, Self.method)
    case "steps": steps = try r.strings(value, "steps")
    case "documents": documents = try Self.list(value, "documents", r, Self.document)
    case "conditions": conditions = try r.optionalString(value, "conditions")
    case "result": result = try r.optionalString(value, "result")
    case "legal_basis": legalBasis = try Self.list(value, "legal_basis", r, Self.legalDocument)
    case "related": related = try r.strings(value, "related")
    case "source_url": sourceURL = try r.optionalString(value, "source_url")
    case "local_note": localNote = try r.optionalString(value, "local_note")
    case "keywords": keywords = try r.strings(value, "keywords")
    default: throw r.fail(value, "trường không hợp lệ '\(key)'")
    }
  }

  private static func list<T>(
    _ node: Node, _ what: String, _ r: YAMLReader,
    _ item: (Node, YAMLReader) throws(Diagnostic) -> T
  ) throws(Diagnostic) -> [T] {
    if YAMLReader.isNull(node) { return [] }
    var result: [T] = []
    for element in try r.sequence(node, what) {
      result.append(try item(element, r))
    }
    return result
  }

  private static func agencies(_ node: Node, _ r: YAMLReader) throws(Diagnostic) -> Agencies {
    var agencies = Agencies()
    let keys = ["competent", "implementing", "authorized", "coordinating"]
    for (key, _, value) in try r.entries(r.mapping(node, "agencies"), allowed: keys, in: "agencies")
    {
      let text = try r.optionalString(value, "agencies.\(key)")
      switch key {
      case "competent": agencies.competent = text
      case "implementing": agencies.implementing = text
      case "authorized": agencies.authorized = text
      default: agencies.coordinating = text
      }
    }
    return agencies
  }

  private static func method(_ node: Node, _ r: YAMLReader) throws(Diagnostic) -> SubmissionMethod {
    let keys = ["channel", "processing_time", "fee", "note"]
    let entries = try r.entries(
      r.mapping(node, "một mục của methods"), allowed: keys, in: "methods")
    var method = SubmissionMethod(channel: "")
    for (key, _, value) in entries {
      switch key {
      case "channel": method.channel = try r.string(value, "methods.channel")
      case "processing_time": method.processingTime = try processingTime(value, r)
      case "fee": method.fee = try fee(value, r)
      default: method.note = try r.optionalString(value, "methods.note")
      }
    }
    guard !method.channel.isEmpty else { throw r.fail(node, "methods: thiếu channel") }
    return method
  }

  private static func processingTime(
    _ node: Node, _ r: YAMLReader
  ) throws(Diagnostic) -> ProcessingTime {
    if node.scalar != nil {
      return ProcessingTime(text: try r.string(node, "processing_time"))
    }
    let keys = ["value", "unit", "text"]
    var time = ProcessingTime(text: "")
    for (key, _, value) in try r.entries(
      r.mapping(node, "processing_time"), allowed: keys, in: "processing_time")
    {
      switch key {
      case "value": time.value = try r.double(value, "processing_time.value")
      case "unit": time.unit = try r.optionalString(value, "processing_time.unit")
      default: time.text = try r.string(value, "processing_time.text")
      }
    }
    return time
  }

  private static func fee(_ node: Node, _ r: YAMLReader) throws(Diagnostic) -> Fee {
    if node.scalar != nil { return Fee(text: try r.string(node, "fee")) }
    var fee = Fee(text: "")
    for (key, _, value) in try r.entries(
      r.mapping(node, "fee"), allowed: ["text", "amount_vnd"], in: "fee")
    {
      if key == "text" {
        fee.text = try r.string(value, "fee.text")
      } else {
        fee.amountVND = try r.int(value, "fee.amount_vnd")
      }
    }
    return fee
  }

  private static func document(
    _ node: Node, _ r: YAMLReader
  ) throws(Diagnostic) -> RequiredDocument {
    if node.scalar != nil { return RequiredDocument(name: try r.string(node, "documents")) }
    let keys = ["name", "originals", "copies", "form", "section", "case_heading", "is_note"]
    var document = RequiredDocument(name: "")
    for (key, _, value) in try r.entries(
      r.mapping(node, "một mục của documents"), allowed: keys, in: "documents")
    {
      switch key {
      case "name": document.name = try r.string(value, "documents.name")
      case "originals": document.originals = try r.int(value, "documents.originals")
      case "copies": document.copies = try r.int(value, "documents.copies")
      case "form": document.form = try r.optionalString(value, "documents.form")
      case "section":
        let text = try r.string(value, "documents.section")
        guard let section = RequiredDocument.Section(rawValue: text) else {
          let allowed = RequiredDocument.Section.allCases.map { "'\($0.rawValue)'" }
          throw r.fail(
            value, "documents.section phải là \(allowed.joined(separator: " hoặc "))")
        }
        document.section = section
      case "case_heading": document.caseHeading = try r.optionalString(value, "case_heading")
      default: document.isNote = try r.bool(value, "documents.is_note")
      }
    }
    guard !document.name.isEmpty else { throw r.fail(node, "documents: thiếu name") }
    return document
  }

  private static func legalDocument(
    _ node: Node, _ r: YAMLReader
  ) throws(Diagnostic) -> LegalDocument {
    if node.scalar != nil { return LegalDocument(title: try r.string(node, "legal_basis")) }
    var document = LegalDocument(title: "")
    for (key, _, value) in try r.entries(
      r.mapping(node, "một mục của legal_basis"), allowed: ["number", "title"], in: "legal_basis")
    {
      if key == "number" {
        document.number = try r.optionalString(value, "legal_basis.number")
      } else {
        document.title = try r.string(value, "legal_basis.title")
      }
    }
    return document
  }
}
