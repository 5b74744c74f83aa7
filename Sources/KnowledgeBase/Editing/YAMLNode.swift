import Foundation
import Yams

/// A thin reader over a parsed YAML node that reports wrong types and unknown keys as
/// `Diagnostic`s with the line of the offending node. Editors' files are read through it so a
/// mistake always names its place. Shared by every reader of editors' YAML (knowledge base,
/// intents).
public struct YAMLReader: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  /// Parses `text`; a syntax error becomes a diagnostic with the parser's line.
  public func parse(_ text: String) throws(Diagnostic) -> Node? {
    do {
      return try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw Diagnostic(
        path: path, line: YAMLText.line(of: error),
        message: "YAML không hợp lệ: \(YAMLText.problem(of: error))")
    } catch {
      throw Diagnostic(path: path, line: 0, message: "không đọc được YAML: \(error)")
    }
  }

  public func fail(_ node: Node?, _ message: String) -> Diagnostic {
    Diagnostic(path: path, line: node?.mark?.line ?? 0, message: message)
  }

  func mapping(_ node: Node, _ what: String) throws(Diagnostic) -> Node.Mapping {
    guard let mapping = node.mapping else {
      throw fail(node, "\(what) phải là một bảng khóa: giá trị")
    }
    return mapping
  }

  func sequence(_ node: Node, _ what: String) throws(Diagnostic) -> Node.Sequence {
    guard let sequence = node.sequence else {
      throw fail(node, "\(what) phải là một danh sách")
    }
    return sequence
  }

  func string(_ node: Node, _ what: String) throws(Diagnostic) -> String {
    guard let scalar = node.scalar else {
      throw fail(node, "\(what) phải là văn bản, không phải \(YAMLText.kind(of: node))")
    }
    return scalar.string
  }

  func optionalString(_ node: Node, _ what: String) throws(Diagnostic) -> String? {
    if Self.isNull(node) { return nil }
    let text = try string(node, what).trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }

  func int(_ node: Node, _ what: String) throws(Diagnostic) -> Int {
    guard let scalar = node.scalar, let value = Int(scalar.string) else {
      throw fail(node, "\(what) phải là số nguyên")
    }
    return value
  }

  func double(_ node: Node, _ what: String) throws(Diagnostic) -> Double {
    guard let scalar = node.scalar, let value = Double(scalar.string) else {
      throw fail(node, "\(what) phải là số")
    }
    return value
  }

  func bool(_ node: Node, _ what: String) throws(Diagnostic) -> Bool {
    guard let scalar = node.scalar else { throw fail(node, "\(what) phải là true hoặc false") }
    switch scalar.string.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default: throw fail(node, "\(what) phải là true hoặc false")
    }
  }

  /// A list of texts; a single text is accepted as a list of one.
  func strings(_ node: Node, _ what: String) throws(Diagnostic) -> [String] {
    if Self.isNull(node) { return [] }
    if node.scalar != nil { return [try string(node, what)] }
    var result: [String] = []
    for item in try sequence(node, what) {
      result.append(try string(item, "mỗi mục của \(what)"))
    }
    return result
  }

  /// Iterates a mapping's entries, rejecting keys outside `allowed`.
  public func entries(
    _ mapping: Node.Mapping, allowed: [String], in what: String
  ) throws(Diagnostic) -> [(key: String, node: Node, value: Node)] {
    var result: [(key: String, node: Node, value: Node)] = []
    var seen: Set<String> = []
    for (keyNode, value) in mapping {
      let key = try string(keyNode, "khóa của \(what)")
      guard allowed.contains(key) else {
        throw fail(
          keyNode,
          "trường không hợp lệ '\(key)' trong \(what); các trường hợp lệ: \(allowed.joined(separator: ", "))"
        )
      }
      guard seen.insert(key).inserted else {
        throw fail(keyNode, "trường '\(key)' xuất hiện hai lần trong \(what)")
      }
      result.append((key, keyNode, value))
    }
    return result
  }

  static func isNull(_ node: Node) -> Bool {
    guard let scalar = node.scalar else { return false }
    return scalar.style == .plain && ["", "~", "null"].contains(scalar.string)
  }
}
