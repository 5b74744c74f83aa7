import CaseModel
import Conversation
import Foundation

/// Writes transcripts: a live session recorded by `troly chat --record`, or a transcript whose
/// expected replies `troly replay --update` rewrites from the actual ones.
public enum TranscriptWriter {
  /// The header of a recorded session.
  public static func header(title: String, language: Language, kiosk: Bool) -> String {
    """
    # Recorded by troly chat --record. Names, CCCD and phone numbers and emails are masked.
    title: \(title)
    tags: recorded
    lang: \(language.rawValue)
    kiosk: \(kiosk ? "yes" : "no")
    ---

    """
  }

  /// One turn of a recorded session: the input and the reply with personal data masked
  /// (`names` are the names typed in the session), and what changes from run to run (dossier
  /// numbers, provisional references, times) turned into placeholders, so it replays.
  public static func turn(input: String?, reply: Reply, names: [String] = []) -> String {
    var text = input.map { "> " + PersonalData.mask($0, names: names) } ?? "@ idle"
    text += "\n"
    for line in reply.plainText.split(separator: "\n", omittingEmptySubsequences: false) {
      text += Placeholders.insert(PersonalData.mask(String(line), names: names)) + "\n"
    }
    return text + "\n"
  }

  /// `original` with each turn's expected reply replaced by `replies[turn]`; comments,
  /// assertions and the header are kept.
  public static func updated(_ original: String, replies: [[String]]) -> String {
    var out: [String] = []
    var turn = -1
    var inHeader = true
    for raw in original.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if inHeader {
        out.append(line)
        if line.trimmingCharacters(in: .whitespaces) == "---" { inHeader = false }
        continue
      }
      if line.hasPrefix(">") || line.hasPrefix("@ idle") {
        turn += 1
        out.append(line)
        if turn < replies.count {
          out.append(contentsOf: Array(replies[turn].reversed().drop { $0.isEmpty }.reversed()))
        }
        continue
      }
      if turn < 0 || line.hasPrefix("#") || line.hasPrefix("?") {
        if line.hasPrefix("?") || line.hasPrefix("#") || turn < 0 { out.append(line) }
        continue
      }
      // An old expected line or a blank: replaced by the new reply above.
    }
    // One blank line between turns, for reading.
    var text: [String] = []
    for line in out {
      if line.hasPrefix(">") || line.hasPrefix("@ idle"), let last = text.last, !last.isEmpty {
        text.append("")
      }
      text.append(line)
    }
    while text.last == "" { text.removeLast() }
    return text.joined(separator: "\n") + "\n"
  }
}
