import Foundation
import KnowledgeBase
import VietnameseText
import Yams

extension IntentDefinition {
  /// The keys an intent file may have.
  static let keys = ["intent", "description", "threshold", "examples"]

  /// Reads one intent file. Every mistake — bad YAML, an unknown key or intent, a wrong type, a
  /// missing field, too few or repeated examples — is thrown as a `Diagnostic` naming `path` and
  /// the line at fault, in Vietnamese for the editors.
  public static func parse(_ text: String, path: String) throws(Diagnostic) -> IntentDefinition {
    let reader = YAMLReader(path: path)
    guard let root = try reader.parse(text) else {
      throw Diagnostic(path: path, line: 0, message: "tệp rỗng; cần các trường intent, examples")
    }
    guard let mapping = root.mapping else {
      throw reader.fail(root, "tệp ý định phải là một bảng khóa: giá trị (intent, examples…)")
    }

    var intent: (value: Intent, line: Int)?
    var description: String?
    var threshold: Double?
    var examples: (texts: [String], lines: [Int])?

    for (key, _, value) in try reader.entries(mapping, allowed: keys, in: "tệp ý định") {
      switch key {
      case "intent":
        let name = try reader.nonEmptyText(value, "intent")
        guard let known = Intent(rawValue: name) else {
          throw reader.fail(
            value,
            "ý định không có '\(name)'; các ý định: "
              + Intent.allCases.map(\.rawValue).joined(separator: ", "))
        }
        intent = (known, reader.line(value))
      case "description":
        description = try reader.nonEmptyText(value, "description")
      case "threshold":
        threshold = try reader.probability(value, "threshold")
      default:
        examples = try reader.examples(value)
      }
    }

    guard let intent else {
      throw Diagnostic(path: path, line: reader.line(root), message: "thiếu trường 'intent'")
    }
    guard let description else {
      throw Diagnostic(path: path, line: reader.line(root), message: "thiếu trường 'description'")
    }
    guard let examples else {
      throw Diagnostic(path: path, line: reader.line(root), message: "thiếu trường 'examples'")
    }
    guard examples.texts.count >= minimumExamples else {
      throw Diagnostic(
        path: path, line: examples.lines.first ?? reader.line(root),
        message:
          "cần ít nhất \(minimumExamples) ví dụ, mới có \(examples.texts.count)")
    }
    return IntentDefinition(
      intent: intent.value, description: description, threshold: threshold,
      examples: examples.texts,
      origin: Origin(path: path, line: intent.line, exampleLines: examples.lines))
  }
}

/// What intent files need beyond the shared reader.
extension YAMLReader {
  func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

  /// A non-empty text.
  func nonEmptyText(_ node: Node, _ field: String) throws(Diagnostic) -> String {
    guard let scalar = node.scalar else {
      throw fail(node, "'\(field)' phải là văn bản, không phải \(YAMLText.kind(of: node))")
    }
    let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw fail(node, "'\(field)' không được để trống") }
    return text
  }

  /// A number between 0 and 1.
  func probability(_ node: Node, _ field: String) throws(Diagnostic) -> Double {
    guard let scalar = node.scalar, let value = Double(scalar.string) else {
      throw fail(node, "'\(field)' phải là một số từ 0 đến 1")
    }
    guard value >= 0, value <= 1 else {
      throw fail(node, "'\(field)' phải nằm trong khoảng 0 đến 1, không phải \(scalar.string)")
    }
    return value
  }

  /// The examples list: texts, none empty, none repeated (compared normalized).
  func examples(_ node: Node) throws(Diagnostic) -> (texts: [String], lines: [Int]) {
    guard let sequence = node.sequence else {
      throw fail(node, "'examples' phải là một danh sách, không phải \(YAMLText.kind(of: node))")
    }
    var texts: [String] = []
    var lines: [Int] = []
    var seen: [String: Int] = [:]
    for item in sequence {
      let example = try nonEmptyText(item, "mỗi ví dụ")
      let key = VietnameseText.normalize(example)
      if let first = seen[key] {
        throw fail(item, "ví dụ '\(example)' lặp lại (đã có ở dòng \(first))")
      }
      seen[key] = line(item)
      texts.append(example)
      lines.append(line(item))
    }
    return (texts, lines)
  }

}
