import Foundation

/// Reports of a replay run: the text staff read, JUnit XML for CI, JSON for tools.
public enum ReplayReport {
  /// `path:line` with the turn, and expected against actual as a diff.
  public static func text(_ outcome: Replayer.Outcome) -> String {
    var out = ""
    for failure in outcome.failures {
      out += "\(outcome.path):\(failure.line): lượt \(failure.turn): \(failure.message)\n"
      if !failure.expected.isEmpty || !failure.actual.isEmpty {
        for line in diff(failure.expected, failure.actual) { out += "    \(line)\n" }
      }
    }
    return out
  }

  /// A line diff: "  same", "- expected only", "+ actual only".
  static func diff(_ expected: [String], _ actual: [String]) -> [String] {
    let n = expected.count
    let m = actual.count
    var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lcs[i][j] =
          ReplyMatcher.lineMatches(expected[i], actual[j]) || expected[i] == "..."
          ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, ReplyMatcher.lineMatches(expected[i], actual[j]) {
        out.append("  " + actual[j])
        i += 1
        j += 1
      } else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] {
        out.append("+ " + actual[j])
        j += 1
      } else {
        out.append("- " + expected[i])
        i += 1
      }
    }
    return out
  }

  public static func junit(_ outcomes: [Replayer.Outcome], problems: [String: String]) -> String {
    let failures = outcomes.filter { !$0.passed }.count + problems.count
    let total = outcomes.count + problems.count
    let time = outcomes.reduce(0) { $0 + $1.seconds }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuite name=\"transcripts\" tests=\"\(total)\" failures=\"\(failures)\" "
    xml += "time=\"\(String(format: "%.3f", time))\">\n"
    for outcome in outcomes {
      xml += "  <testcase classname=\"transcripts\" name=\"\(escape(outcome.path))\" "
      xml += "time=\"\(String(format: "%.3f", outcome.seconds))\">"
      if !outcome.passed {
        let message = outcome.failures.first.map { "\(outcome.path):\($0.line): \($0.message)" }
        xml += "\n    <failure message=\"\(escape(message ?? ""))\">"
        xml += escape(text(outcome)) + "</failure>\n  "
      }
      xml += "</testcase>\n"
    }
    for (path, problem) in problems.sorted(by: { $0.key < $1.key }) {
      xml += "  <testcase classname=\"transcripts\" name=\"\(escape(path))\">\n"
      xml += "    <failure message=\"\(escape(problem))\"/>\n  </testcase>\n"
    }
    return xml + "</testsuite>\n"
  }

  public static func json(_ outcomes: [Replayer.Outcome], problems: [String: String]) -> String {
    struct Report: Encodable {
      var passed: Int
      var failed: Int
      var transcripts: [Replayer.Outcome]
      var malformed: [String: String]
    }
    let report = Report(
      passed: outcomes.filter(\.passed).count,
      failed: outcomes.filter { !$0.passed }.count + problems.count, transcripts: outcomes,
      malformed: problems)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
    return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }

  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
