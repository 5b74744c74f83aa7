import Foundation

/// One labelled query of an evaluation file (the format of `queries/dev.tsv`).
public struct LabelledQuery: Sendable, Equatable {
  public var id: String
  public var category: String
  public var query: String
  /// The best answer first; any of them counts as right.
  public var expectedCodes: [String]
}

/// Reads tab-separated evaluation files: `id, category, query, expected_codes, note`.
public enum QueryFile {
  public static func parse(_ text: String, path: String) throws(DiagnosticList) -> [LabelledQuery] {
    var queries: [LabelledQuery] = []
    var problems: [Diagnostic] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (offset, rawLine) in lines.enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if offset == 0 && columns.first == "id" { continue }
      guard columns.count >= 4 else {
        problems.append(
          Diagnostic(
            path: path, line: offset + 1,
            message: "cần ít nhất 4 cột cách nhau bằng tab (id, category, query, expected_codes)"))
        continue
      }
      let codes = columns[3].split(separator: "|").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      guard !codes.isEmpty else {
        problems.append(Diagnostic(path: path, line: offset + 1, message: "thiếu mã thủ tục đúng"))
        continue
      }
      queries.append(
        LabelledQuery(id: columns[0], category: columns[1], query: columns[2], expectedCodes: codes)
      )
    }
    if !problems.isEmpty { throw DiagnosticList(problems) }
    return queries
  }
}
