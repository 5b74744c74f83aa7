import Yams

/// A colloquial name or abbreviation and the catalogue wording it stands for.
public struct Synonym: Sendable, Equatable {
  /// What citizens type.
  public var say: [String]
  /// The catalogue's wording a query is expanded with.
  public var means: [String]

  public init(say: [String], means: [String]) {
    self.say = say
    self.means = means
  }
}

/// English words foreign residents type and the catalogue's Vietnamese wording.
public struct GlossaryEntry: Sendable, Equatable {
  public var english: [String]
  public var vietnamese: [String]

  public init(english: [String], vietnamese: [String]) {
    self.english = english
    self.vietnamese = vietnamese
  }
}

/// A portal export named in sources.yaml.
public struct SourceSpec: Sendable, Equatable {
  public enum Format: String, Sendable, CaseIterable {
    /// The national catalogue's crawl: glued table text.
    case national
    /// The structured `ChiTietTTHC` export with proper tables.
    case structured
  }

  public var name: String
  /// Path as written; relative paths are relative to the repository root.
  public var path: String
  public var format: Format
  /// The line of sources.yaml that names it, for diagnostics.
  public var line: Int

  public init(name: String, path: String, format: Format, line: Int = 0) {
    self.name = name
    self.path = path
    self.format = format
    self.line = line
  }
}

extension Synonym {
  static func readAll(_ text: String, path: String) throws(Diagnostic) -> [Synonym] {
    try readPairs(
      text, path: path, root: "synonyms", keys: ("say", "means")
    ).map { Synonym(say: $0.0, means: $0.1) }
  }
}

extension GlossaryEntry {
  static func readAll(_ text: String, path: String) throws(Diagnostic) -> [GlossaryEntry] {
    try readPairs(
      text, path: path, root: "glossary", keys: ("en", "vi")
    ).map { GlossaryEntry(english: $0.0, vietnamese: $0.1) }
  }
}

/// Reads `root:` followed by a list of `{first: [...], second: [...], note: ...}` entries.
private func readPairs(
  _ text: String, path: String, root: String, keys: (String, String)
) throws(Diagnostic) -> [([String], [String])] {
  let r = YAMLReader(path: path)
  guard let document = try r.parse(text) else { return [] }
  let top = try r.entries(r.mapping(document, "tệp"), allowed: [root], in: "tệp")
  guard let list = top.first?.value else { return [] }
  var pairs: [([String], [String])] = []
  for item in try r.sequence(list, root) {
    var first: [String]?
    var second: [String]?
    for (key, _, value) in try r.entries(
      r.mapping(item, "mỗi mục của \(root)"), allowed: [keys.0, keys.1, "note"], in: root)
    {
      if key == keys.0 { first = try r.strings(value, key) }
      if key == keys.1 { second = try r.strings(value, key) }
      if key == "note" { _ = try r.string(value, "note") }
    }
    guard let first, !first.isEmpty else { throw r.fail(item, "thiếu '\(keys.0)'") }
    guard let second, !second.isEmpty else { throw r.fail(item, "thiếu '\(keys.1)'") }
    pairs.append((first, second))
  }
  return pairs
}

extension SourceSpec {
  static func readAll(_ text: String, path: String) throws(Diagnostic) -> [SourceSpec] {
    let r = YAMLReader(path: path)
    guard let document = try r.parse(text) else {
      throw Diagnostic(path: path, line: 1, message: "tệp trống: cần danh sách 'sources'")
    }
    let top = try r.entries(r.mapping(document, "tệp"), allowed: ["sources"], in: "tệp")
    guard let list = top.first?.value else {
      throw Diagnostic(path: path, line: 1, message: "thiếu danh sách 'sources'")
    }
    var specs: [SourceSpec] = []
    for item in try r.sequence(list, "sources") {
      var name: String?
      var file: String?
      var format = Format.national
      for (key, _, value) in try r.entries(
        r.mapping(item, "mỗi nguồn"), allowed: ["name", "path", "format"], in: "sources")
      {
        switch key {
        case "name": name = try r.string(value, "name")
        case "path": file = try r.string(value, "path")
        default:
          let text = try r.string(value, "format")
          guard let parsed = Format(rawValue: text) else {
            let allowed = Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw r.fail(value, "format '\(text)' không hợp lệ; dùng: \(allowed)")
          }
          format = parsed
        }
      }
      guard let name, !name.isEmpty else { throw r.fail(item, "nguồn thiếu 'name'") }
      guard let file, !file.isEmpty else { throw r.fail(item, "nguồn thiếu 'path'") }
      guard name != "local" else { throw r.fail(item, "tên nguồn 'local' đã được dành riêng") }
      specs.append(
        SourceSpec(name: name, path: file, format: format, line: item.mark?.line ?? 0))
    }
    return specs
  }
}
