import Conversation
import Foundation

/// Writes transcripts: a live session recorded by `troly chat --record`, or a transcript whose
/// expected replies `troly replay --update` rewrites from the actual ones.
public enum TranscriptWriter {
  /// The header of a recorded session.
  public static func header(title: String, language: Language, kiosk: Bool) -> String {
    """
    # Recorded by troly chat --record. CCCD and phone numbers are masked.
    title: \(title)
    tags: recorded
    lang: \(language.rawValue)
    kiosk: \(kiosk ? "yes" : "no")
    ---

    """
  }

  /// One turn of a recorded session: the input (masked) and the reply (masked).
  public static func turn(input: String?, reply: Reply) -> String {
    var text = input.map { "> " + PersonalData.mask($0) } ?? "@ idle"
    text += "\n"
    for line in reply.plainText.split(separator: "\n", omittingEmptySubsequences: false) {
      text += PersonalData.mask(String(line)) + "\n"
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
      if line.hasPrefix(">") || line == "@ idle" {
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
      if line.hasPrefix(">") || line == "@ idle", let last = text.last, !last.isEmpty {
        text.append("")
      }
      text.append(line)
    }
    while text.last == "" { text.removeLast() }
    return text.joined(separator: "\n") + "\n"
  }
}

/// Masks personal data before it is written anywhere: 12-digit CCCD numbers and phone numbers
/// become fixed, format-valid stand-ins, so a recorded transcript still replays.
public enum PersonalData {
  public static let maskedCCCD = "001090000000"
  public static let maskedPhone = "0900000000"

  public static func mask(_ text: String) -> String {
    let characters = Array(text)
    var out = ""
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber else {
        out.append(characters[index])
        index += 1
        continue
      }
      // A number, possibly typed in groups: "0903 123 456", "079.090.000.123".
      var end = index
      var digits = ""
      while end < characters.count {
        let character = characters[end]
        if character.isASCII, character.isNumber {
          digits.append(character)
          end += 1
        } else if " .-".contains(character), end + 1 < characters.count,
          characters[end + 1].isASCII, characters[end + 1].isNumber
        {
          end += 1
        } else {
          break
        }
      }
      out += replacement(digits) ?? String(characters[index..<end])
      index = end
    }
    return out
  }

  /// The stand-in for a run of digits, or nil to keep it (short numbers are not personal).
  static func replacement(_ digits: String) -> String? {
    if digits.count == 12 { return maskedCCCD }
    if digits.count == 10 || digits.count == 11 { return maskedPhone }
    if digits.count >= 9 { return String(repeating: "0", count: digits.count) }
    return nil
  }
}
