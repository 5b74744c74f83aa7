import Conversation
import Foundation
import KnowledgeBase

/// Reads `intents/*.yaml`: one file per `Intent`, named by its raw value.
enum IntentFiles {
  /// The definitions of every intent in `folder`, in `Intent.allCases` order. Every problem in
  /// every file is collected — parse errors, a file named after another intent, an intent
  /// defined twice or not at all, one example claimed by two intents — and thrown together as a
  /// `DiagnosticList` (`path:line: message` each).
  static func load(folder: URL) throws(DiagnosticList) -> [IntentDefinition] {
    let fm = FileManager.default
    let folderPath = displayPath(folder)
    guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else {
      throw DiagnosticList([
        Diagnostic(path: folderPath, line: 0, message: "không tìm thấy thư mục ý định")
      ])
    }
    var diagnostics: [Diagnostic] = []
    var definitions: [Intent: IntentDefinition] = [:]
    let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    for name in files {
      let url = folder.appendingPathComponent(name)
      let path = displayPath(url)
      guard let data = fm.contents(atPath: url.path) else {
        diagnostics.append(Diagnostic(path: path, line: 0, message: "không đọc được tệp"))
        continue
      }
      guard let text = String(data: data, encoding: .utf8) else {
        diagnostics.append(Diagnostic(path: path, line: 0, message: "tệp không phải UTF-8"))
        continue
      }
      let definition: IntentDefinition
      do {
        definition = try IntentDefinition.parse(text, path: path)
      } catch {
        diagnostics.append(error)
        continue
      }
      let line = definition.origin?.line ?? 1
      let stem = url.deletingPathExtension().lastPathComponent
      if stem != definition.name {
        diagnostics.append(
          Diagnostic(
            path: path, line: line,
            message: "ý định '\(definition.name)' khác tên tệp '\(name)'; hãy đặt tên "
              + "tệp là \(definition.name).yaml"))
        continue
      }
      if let first = definitions[definition.intent] {
        diagnostics.append(
          Diagnostic(
            path: path, line: line,
            message: "ý định '\(definition.name)' đã có trong \(first.origin?.path ?? "tệp khác")"
          ))
        continue
      }
      definitions[definition.intent] = definition
    }
    let ordered = Intent.allCases.compactMap { definitions[$0] }
    diagnostics += IntentDefinition.conflicts(in: ordered)
    let stems = Set(
      files.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
    for intent in Intent.allCases
    where definitions[intent] == nil && !stems.contains(intent.rawValue) {
      diagnostics.append(
        Diagnostic(
          path: displayPath(folder.appendingPathComponent(intent.rawValue + ".yaml")), line: 0,
          message: "thiếu tệp cho ý định '\(intent.rawValue)'"))
    }
    guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
    return ordered
  }

  /// A path relative to the working directory when inside it, as editors see it.
  static func displayPath(_ url: URL) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let path = url.standardizedFileURL.path
    return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
  }
}
