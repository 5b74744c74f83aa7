import Conversation
import Foundation

/// The saved checklist: a UTF-8 text file under `var/checklists/`, named by the time and the
/// procedure code, that the citizen can print or take away.
struct ChecklistFile {
  let checklist: Checklist
  let language: Language
  let date: Date

  /// `20261124-081530-1.001193.txt`: sortable, and the code reduced to safe characters.
  var fileName: String { baseName + ".txt" }

  private var baseName: String {
    let code = checklist.procedureCode.unicodeScalars.filter {
      ("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
        || $0 == "." || $0 == "-"
    }
    return Self.stamp(date, "yyyyMMdd-HHmmss") + "-" + String(String.UnicodeScalarView(code))
  }

  var text: String {
    let en = language == .en
    var lines: [String] = [
      en ? "TroLy — documents to bring" : "TroLy — danh sách giấy tờ",
      (en ? "Procedure: " : "Thủ tục: ") + TerminalText.sanitized(checklist.procedureName)
        + " (\(TerminalText.sanitized(checklist.procedureCode)))",
      (en ? "Date: " : "Ngày: ") + Self.stamp(date, "dd/MM/yyyy HH:mm"),
      "",
    ]
    for (index, item) in checklist.items.enumerated() {
      let mark: String
      let answer: String
      switch item.answer {
      case .have?: (mark, answer) = ("[x]", en ? "have it" : "đã có")
      case .missing?: (mark, answer) = ("[ ]", en ? "missing" : "còn thiếu")
      case .unsure?: (mark, answer) = ("[?]", en ? "not sure" : "chưa rõ")
      case nil: (mark, answer) = ("[ ]", en ? "not asked" : "chưa hỏi")
      }
      let document = item.document
      var line = "\(mark) \(index + 1). \(TerminalText.sanitized(document.name)) — \(answer)"
      if let form = document.form {
        line +=
          en ? " (form \(TerminalText.sanitized(form)))" : " (mẫu \(TerminalText.sanitized(form)))"
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes the file into `folder` (created when missing) and returns its URL.
  func save(in folder: URL) throws -> URL {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var url = folder.appendingPathComponent(fileName)
    var attempt = 1
    while FileManager.default.fileExists(atPath: url.path) {
      attempt += 1
      url = folder.appendingPathComponent("\(baseName)-\(attempt).txt")
    }
    try Data(text.utf8).write(to: url, options: .withoutOverwriting)
    return url
  }

  /// Dates are Asia/Ho_Chi_Minh, as everywhere in TroLy.
  private static func stamp(_ date: Date, _ format: String) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone =
      TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)
    formatter.dateFormat = format
    return formatter.string(from: date)
  }
}
