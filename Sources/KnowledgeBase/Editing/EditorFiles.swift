import Foundation

/// Everything the editors own in `knowledge-base/`, read and checked.
public struct EditorFiles: Sendable {
  public var sources: [SourceSpec] = []
  public var synonyms: [Synonym] = []
  public var glossary: [GlossaryEntry] = []
  /// Overrides by procedure code, with the file they come from.
  public var overrides: [String: (patch: ProcedurePatch, path: String)] = [:]
  /// Procedures editors add, with the file they come from.
  public var locals: [(patch: ProcedurePatch, path: String)] = []

  /// Reads the folder; every problem found is collected in `diagnostics` rather than thrown, so
  /// an editor sees all of them at once.
  public static func read(
    folder: URL, diagnostics: inout [Diagnostic]
  ) -> EditorFiles {
    var files = EditorFiles()
    let fm = FileManager.default

    func text(_ url: URL) -> String? {
      guard let data = fm.contents(atPath: url.path) else { return nil }
      guard let string = String(data: data, encoding: .utf8) else {
        diagnostics.append(
          Diagnostic(path: display(url), line: 0, message: "tệp không phải UTF-8"))
        return nil
      }
      return string
    }

    func read<T>(_ name: String, _ parse: (String, String) throws(Diagnostic) -> T) -> T? {
      let url = folder.appendingPathComponent(name)
      guard fm.fileExists(atPath: url.path) else { return nil }
      guard let content = text(url) else { return nil }
      do {
        return try parse(content, display(url))
      } catch {
        diagnostics.append(error)
        return nil
      }
    }

    if let sources = read("sources.yaml", SourceSpec.readAll) {
      files.sources = sources
    } else if !fm.fileExists(atPath: folder.appendingPathComponent("sources.yaml").path) {
      diagnostics.append(
        Diagnostic(
          path: display(folder.appendingPathComponent("sources.yaml")), line: 0,
          message: "không tìm thấy tệp nguồn dữ liệu"))
    }
    files.synonyms = read("synonyms.yaml", Synonym.readAll) ?? []
    files.glossary = read("glossary-en.yaml", GlossaryEntry.readAll) ?? []

    for (subfolder, isLocal) in [("overrides", false), ("local", true)] {
      for url in yamlFiles(in: folder.appendingPathComponent(subfolder)) {
        let path = display(url)
        guard let content = text(url) else { continue }
        let fileCode = url.deletingPathExtension().lastPathComponent
        do {
          let patch = try ProcedurePatch.read(content, path: path)
          if let code = patch.code, code != fileCode {
            diagnostics.append(
              Diagnostic(
                path: path, line: 1,
                message: "mã '\(code)' khác tên tệp '\(fileCode).yaml'"))
            continue
          }
          if isLocal {
            if patch.name == nil {
              diagnostics.append(
                Diagnostic(path: path, line: 1, message: "thủ tục thêm mới cần có 'name'"))
              continue
            }
            var withCode = patch
            withCode.code = fileCode
            files.locals.append((withCode, path))
          } else {
            files.overrides[fileCode] = (patch, path)
          }
        } catch {
          diagnostics.append(error)
        }
      }
    }
    return files
  }

  /// The `.yaml` files of a folder, sorted; other files are ignored.
  static func yamlFiles(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }
}

/// A path as editors see it: relative to the working directory when inside it.
func display(_ url: URL) -> String {
  let cwd = FileManager.default.currentDirectoryPath
  let path = url.standardizedFileURL.path
  if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
  return path
}
