import CaseModel
import Foundation

/// What changes from run to run, turned into transcript placeholders when a session is
/// recorded: dossier numbers → `{dossier}`, provisional references → `{reference}`, times
/// (dd/MM/yyyy HH:mm) → `{time}`.
enum Placeholders {
  static func insert(_ line: String) -> String {
    var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for index in words.indices {
      let word = words[index]
      let core = word.trimmingCharacters(in: .punctuationCharacters)
      if DossierNumber(core) != nil {
        words[index] = word.replacingOccurrences(of: core, with: "{dossier}")
      } else if ProvisionalReference.isValid(core) {
        words[index] = word.replacingOccurrences(of: core, with: "{reference}")
      }
    }
    return replaceTimes(words.joined(separator: " "))
  }

  /// "05/01/2026 09:00" → "{time}".
  static func replaceTimes(_ line: String) -> String {
    guard
      let expression = try? NSRegularExpression(
        pattern: "[0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}")
    else { return line }
    return expression.stringByReplacingMatches(
      in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "{time}")
  }
}
