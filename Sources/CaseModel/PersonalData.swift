import Foundation

/// Masks personal data before it is written anywhere: 12-digit CCCD numbers and phone numbers
/// become fixed, format-valid stand-ins, so a recorded transcript still replays and a log line
/// still reads. Used by transcripts, the service's logs and the outbox's reports.
public enum PersonalData {
  public static let maskedCCCD = "001090000000"
  public static let maskedPhone = "0900000000"

  public static let maskedName = "Nguyễn Văn A"
  public static let maskedEmail = "ten@example.vn"

  /// `text` with CCCD and phone numbers, email addresses and the given `names` replaced by
  /// stand-ins. A name matches as whole words, whatever the case and the spaces between its
  /// words, with or without its accents.
  public static func mask(_ text: String, names: [String]) -> String {
    var masked = mask(text)
    for pattern in namePatterns(names) {
      masked = pattern.stringByReplacingMatches(
        in: masked, range: NSRange(masked.startIndex..., in: masked),
        withTemplate: NSRegularExpression.escapedTemplate(for: maskedName))
    }
    return masked
  }

  static func namePatterns(_ names: [String]) -> [NSRegularExpression] {
    var forms: [[String]] = []
    for name in names {
      let words = name.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace)
        .map(String.init)
      guard !words.isEmpty else { continue }
      forms.append(words)
      let folded = words.map {
        $0.folding(options: [.diacriticInsensitive], locale: nil)
          .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
      }
      if folded != words { forms.append(folded) }
    }
    // Longer names first, so "Trần Thị Bích" goes before "Bích".
    return forms.sorted { $0.joined().count > $1.joined().count }.compactMap { words in
      let body = words.map(NSRegularExpression.escapedPattern).joined(separator: "\\s+")
      return try? NSRegularExpression(
        pattern: "(?<![\\p{L}\\p{M}\\p{N}])" + body + "(?![\\p{L}\\p{M}\\p{N}])",
        options: [.caseInsensitive])
    }
  }

  /// `text` with CCCD and phone numbers and email addresses replaced by stand-ins.
  public static func mask(_ text: String) -> String {
    maskHiddenNumbers(maskNumbers(maskEmails(text)))
  }

  /// "079******234", a CCCD shown with its middle hidden, still tells six of its digits: such
  /// forms become those of the stand-ins ("001******000", "090****000").
  static func maskHiddenNumbers(_ text: String) -> String {
    guard text.contains("***"),
      let expression = try? NSRegularExpression(pattern: "[0-9]{3}(\\*{4,8})[0-9]{3}")
    else { return text }
    var result = text
    for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
      .reversed()
    {
      guard let whole = Range(match.range, in: result),
        let stars = Range(match.range(at: 1), in: text)
      else { continue }
      let hidden = text[stars].count
      let standIn = hidden == 6 ? maskedCCCD : maskedPhone
      result.replaceSubrange(
        whole,
        with: standIn.prefix(3) + String(repeating: "*", count: hidden) + standIn.suffix(3))
    }
    return result
  }

  static func maskEmails(_ text: String) -> String {
    guard text.contains("@") else { return text }
    return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      let parts = word.split(separator: "@")
      return word.contains("@") && parts.count == 2 && parts[1].contains(".")
        ? maskedEmail : String(word)
    }.joined(separator: " ")
  }

  static func maskNumbers(_ text: String) -> String {
    let characters = Array(text)
    var out = ""
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber else {
        out.append(characters[index])
        index += 1
        continue
      }
      // A dossier number ("HCM-260105-0042") is not personal: keep the whole word.
      if index > 0, characters[index - 1] == "-" {
        var end = index
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        var start = index
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let word = String(characters[start..<end]).trimmingCharacters(in: .punctuationCharacters)
        if DossierNumber(word) != nil {
          out += String(characters[index..<end])
          index = end
          continue
        }
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
