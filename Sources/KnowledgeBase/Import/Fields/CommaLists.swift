/// The comma-separated fields of a procedure: levels (cấp thực hiện) and applicants (đối tượng
/// thực hiện).
enum CommaLists {
  /// Levels in their canonical spelling ("Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác"),
  /// whatever case the portal used, without duplicates.
  static func levels(_ raw: String?) -> [String] {
    guard let text = PortalText.line(raw) else { return [] }
    var levels: [String] = []
    for part in text.split(separator: ",") {
      guard let item = PortalText.line(String(part)) else { continue }
      let level = canonicalLevels[item.lowercased()] ?? sentenceCase(item)
      if !levels.contains(level) { levels.append(level) }
    }
    return levels
  }

  private static let canonicalLevels: [String: String] = [
    "cấp bộ": "Cấp bộ", "cấp tỉnh": "Cấp tỉnh", "cấp xã": "Cấp xã", "cơ quan khác": "Cơ quan khác",
  ]

  /// "Cấp Bộ" → "Cấp bộ": first letter capitalised, the rest lowercase.
  static func sentenceCase(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst().lowercased()
  }

  /// Who may apply: split on commas outside brackets, so "Tổ chức (không bao gồm doanh nghiệp,
  /// HTX)" stays one entry; a part that starts in lowercase ("Cán bộ, công chức, viên chức")
  /// continues the previous entry.
  static func applicants(_ raw: String?) -> [String] {
    guard let text = PortalText.line(raw) else { return [] }
    var entries: [String] = []
    for part in splitOutsideBrackets(text) {
      guard let item = PortalText.line(part) else { continue }
      if let last = entries.last, let first = item.unicodeScalars.first, first.isLowercaseLetter {
        entries[entries.count - 1] = last + ", " + item
      } else if !entries.contains(item) {
        entries.append(item)
      }
    }
    return entries
  }

  /// Splits on commas (and semicolons) that are not inside round or square brackets.
  static func splitOutsideBrackets(_ text: String) -> [String] {
    var parts: [String] = []
    var current = String.UnicodeScalarView()
    var depth = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      case ",", ";":
        if depth == 0 {
          parts.append(String(current))
          current = String.UnicodeScalarView()
          continue
        }
      default: break
      }
      current.append(scalar)
    }
    parts.append(String(current))
    return parts
  }
}
