import Foundation

/// The knowledge base as the index holds it: imported procedures with editors' overrides applied,
/// editors' local procedures, synonyms and glossary.
public struct MergedKnowledgeBase: Sendable {
  public var procedures: [Procedure]
  public var synonyms: [Synonym]
  public var glossary: [GlossaryEntry]
  /// What each source's import could not split, by source name.
  public var importReports: [(source: String, report: ImportReport)]
  /// Codes an editor's override applies to.
  public var overridden: Set<String>

  /// One line per source, for the index's metadata.
  var sourceSummary: String {
    importReports.map { "\($0.source): \($0.report.procedureCount)" }.joined(separator: "; ")
  }
}

/// Reads `knowledge-base/` and the portal exports it names, checks everything, and merges.
public enum KnowledgeBaseLoader {
  /// - Parameters:
  ///   - folder: the `knowledge-base` folder.
  ///   - root: the folder relative source paths start from (the repository root).
  /// - Throws: every problem found, each as `path:line: message`; nothing is half-loaded.
  public static func load(folder: URL, root: URL) throws(DiagnosticList) -> MergedKnowledgeBase {
    var diagnostics: [Diagnostic] = []
    let files = EditorFiles.read(folder: folder, diagnostics: &diagnostics)
    let sourcesPath = display(folder.appendingPathComponent("sources.yaml"))

    var procedures: [Procedure] = []
    var reports: [(String, ImportReport)] = []
    var index: [String: Int] = [:]
    var seenNames: Set<String> = []
    for source in files.sources {
      guard seenNames.insert(source.name).inserted else {
        diagnostics.append(
          Diagnostic(
            path: sourcesPath, line: source.line, message: "tên nguồn '\(source.name)' bị lặp"))
        continue
      }
      let url = resolve(source.path, root: root)
      guard FileManager.default.fileExists(atPath: url.path) else {
        diagnostics.append(
          Diagnostic(
            path: sourcesPath, line: source.line,
            message: "không tìm thấy tệp nguồn '\(source.path)' (tìm tại \(url.path))"))
        continue
      }
      do {
        let result = try PortalImporter.importFile(
          at: url, format: source.format, sourceName: source.name)
        reports.append((source.name, result.report))
        for procedure in result.procedures where index[procedure.code] == nil {
          index[procedure.code] = procedures.count
          procedures.append(procedure)
        }
      } catch {
        diagnostics.append(
          Diagnostic(
            path: sourcesPath, line: source.line, message: "không đọc được nguồn: \(error)"))
      }
    }

    var overridden: Set<String> = []
    for (code, entry) in files.overrides.sorted(by: { $0.key < $1.key }) {
      guard let position = index[code] else {
        if !procedures.isEmpty || files.sources.isEmpty {
          diagnostics.append(
            Diagnostic(
              path: entry.path, line: 1,
              message: "không có thủ tục mã '\(code)' trong các nguồn để sửa"))
        }
        continue
      }
      procedures[position] = entry.patch.applied(to: procedures[position])
      overridden.insert(code)
    }
    for entry in files.locals {
      let code = entry.patch.code ?? ""
      if index[code] != nil {
        diagnostics.append(
          Diagnostic(
            path: entry.path, line: 1,
            message: "mã '\(code)' đã có trong nguồn; hãy dùng overrides/\(code).yaml để sửa"))
        continue
      }
      let empty = Procedure(code: code, name: "", origin: "local")
      index[code] = procedures.count
      procedures.append(entry.patch.applied(to: empty))
    }

    if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
    return MergedKnowledgeBase(
      procedures: procedures, synonyms: files.synonyms, glossary: files.glossary,
      importReports: reports, overridden: overridden)
  }

  static func resolve(_ path: String, root: URL) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
    return root.appendingPathComponent(path).standardizedFileURL
  }

  /// The files a build reads: every file under `folder` and the sources it names. An index
  /// older than any of them is stale.
  public static func inputs(folder: URL, root: URL) -> [URL] {
    var urls: [URL] = []
    if let enumerator = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    {
      for case let url as URL in enumerator { urls.append(url) }
    }
    // Only sources.yaml is read here: this runs at every start of a command.
    let sourcesFile = folder.appendingPathComponent("sources.yaml")
    if let data = FileManager.default.contents(atPath: sourcesFile.path),
      let sources = try? SourceSpec.readAll(String(decoding: data, as: UTF8.self), path: "")
    {
      urls.append(contentsOf: sources.map { resolve($0.path, root: root) })
    }
    return urls
  }
}
