import Foundation

/// The text in front of each document table of the national crawl (`* Giấy tờ phải nộp:`,
/// `* Giấy tờ phải xuất trình:`, `Trường hợp đăng ký trên môi trường điện tử:`, `* Lưu ý:`, or
/// `--` for none). Each table is a group of its own: its heading sets the section and the case
/// of all its rows. Row order inside a table is not meaningful (the portal shuffles it), so
/// rows never act as headings.
struct DocumentGroupHeading: Equatable {
  var section: RequiredDocument.Section
  var caseHeading: String?
  /// "Lưu ý" groups hold notes only, whatever their counts say.
  var holdsNotes: Bool

  static let none = DocumentGroupHeading(section: .submit, caseHeading: nil, holdsNotes: false)

  init(section: RequiredDocument.Section, caseHeading: String?, holdsNotes: Bool) {
    self.section = section
    self.caseHeading = caseHeading
    self.holdsNotes = holdsNotes
  }

  init(_ raw: String) {
    guard let text = Self.stripDecoration(raw) else {
      self = .none
      return
    }
    let folded = text.lowercased()
    if folded.count <= 60 && folded.contains("xuất trình") && folded.contains("giấy tờ") {
      self.init(section: .present, caseHeading: nil, holdsNotes: false)
    } else if folded.count <= 40 && folded.contains("phải nộp") {
      self.init(section: .submit, caseHeading: nil, holdsNotes: false)
    } else if folded.count <= 20 && folded.hasPrefix("lưu ý") {
      self.init(section: .submit, caseHeading: nil, holdsNotes: true)
    } else if folded.count <= 50 && Self.isGenericTitle(folded) {
      self = .none
    } else {
      self.init(section: .submit, caseHeading: text, holdsNotes: false)
    }
  }

  /// "Thành phần hồ sơ:", "a) Thành phần hồ sơ, bao gồm:" say nothing about the case.
  private static func isGenericTitle(_ folded: String) -> Bool {
    guard let range = folded.range(of: "thành phần hồ sơ") else { return false }
    let before = folded[folded.startIndex..<range.lowerBound]
    return before.count <= 4
  }

  /// Without bullets, dashes and the trailing colon; nil when nothing is left.
  static func stripDecoration(_ raw: String) -> String? {
    guard let text = PortalText.line(raw) else { return nil }
    var scalars = Substring(text).unicodeScalars
    while let first = scalars.first, "*-+•:".unicodeScalars.contains(first) || first == " " {
      scalars.removeFirst()
    }
    while let last = scalars.last, last == ":" || last == " " { scalars.removeLast() }
    return PortalText.line(String(scalars))
  }
}
