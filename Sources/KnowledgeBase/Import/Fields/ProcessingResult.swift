/// Kết quả xử lý: the result names, without the page text the crawler copied along
/// (`Mã: KQ…`, `Từ khóa…`, `Mô tả…`, `Chọn cơ quan thực hiện…`).
enum ProcessingResult {
  struct Split {
    /// The result names joined with "; ", nil when there is none.
    var text: String?
    /// True when the field still looks like something else than result names.
    var isSuspect: Bool
  }

  static func split(_ raw: String?) -> Split {
    guard let raw, let cleaned = PortalText.line(stripPageText(raw)) else {
      return Split(text: nil, isSuspect: false)
    }
    let text = ScalarText(cleaned)
    var names: [String] = []
    var start = 0
    for marker in text.occurrences(of: resultCode) where marker >= start {
      appendName(text.trimmed(start..<marker), to: &names)
      start = codeEnd(in: text, from: marker + resultCode.count)
    }
    appendName(text.trimmed(start..<text.count), to: &names)
    guard !names.isEmpty else { return Split(text: nil, isSuspect: false) }
    let joined = names.joined(separator: "; ")
    return Split(text: joined, isSuspect: looksMisplaced(joined))
  }

  /// Cuts "Chọn cơ quan thực hiện…" and the trailing "Từ khóa…Mô tả…" block.
  static func stripPageText(_ raw: String) -> String {
    var text = Substring(raw)
    if let range = text.utf8Range(of: "Chọn cơ quan thực hiện") {
      text = text[..<range.lowerBound]
    }
    if let keywords = text.utf8Range(of: "Từ khóa", backwards: true),
      text[keywords.upperBound...].containsUTF8("Mô tả")
    {
      text = text[..<keywords.lowerBound]
    }
    return String(text)
  }

  private static let resultCode = [Unicode.Scalar](scalarsOf: "Mã:")

  /// The end of a result code such as "KQ.G24.000053" after "Mã:": dot-separated parts of
  /// capitals then digits; a capital after a part's digits starts the next name.
  private static func codeEnd(in text: ScalarText, from position: Int) -> Int {
    var index = text.skipSpaces(from: position)
    var seenDigit = false
    while let scalar = text.at(index) {
      if scalar == "." || scalar == "_" || scalar == "-" {
        seenDigit = false
      } else if scalar.isDigit {
        seenDigit = true
      } else if !(scalar.value < 0x80 && scalar.isUppercaseLetter) || seenDigit {
        break
      }
      index += 1
    }
    return index
  }

  private static func appendName(_ name: String, to names: inout [String]) {
    guard let name = PortalText.line(name), !names.contains(name) else { return }
    names.append(name)
  }

  /// Document rows or table headers in a result field mean the crawler shifted fields.
  private static func looksMisplaced(_ text: String) -> Bool {
    text.containsUTF8(" bản chính") || text.containsUTF8("Tên giấy tờ")
      || text.containsUTF8("Mã văn bản")
  }
}
