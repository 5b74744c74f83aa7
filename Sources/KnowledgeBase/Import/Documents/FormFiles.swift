/// The form files (mẫu đơn, tờ khai) glued after a document's name in the national crawl:
/// `Đơn đề nghị theo Mẫu số 01 … NĐ-CPMẫu số 01.docx` or several at once,
/// `…Mau45.docxMau48.docx`. The files end with an extension; where the first one starts is
/// guessed from how the name and the file are glued (no space: `;Mẫu`, `.Phụ lục`, `sảnMau`,
/// `CPMẫu`).
enum FormFiles {
  struct Split {
    /// Where the document's name ends in the row.
    var nameEnd: Int
    var files: [String]
    /// How sure the boundary is: false when only the last word could be taken as the file.
    var isCertain: Bool
  }

  /// Splits `range` of `text` into name and form files; nil when the row ends with no file.
  static func split(_ text: ScalarText, _ range: Range<Int>) -> Split? {
    let row = text.trimmedRange(range)
    let extensions = fileExtensions(text, row)
    guard let last = extensions.last, last.upperBound == row.upperBound else { return nil }

    // Files chained back from the end: each one's name starts where the previous extension ends.
    var fileEnds = [row.upperBound]
    var first = extensions.count - 1
    while first > 0 {
      let previousEnd = extensions[first - 1].upperBound
      let fileName = previousEnd..<extensions[first].lowerBound
      guard fileName.count <= 80, let start = text.at(previousEnd), !start.isSpaceOrBreak,
        !text.scalars[fileName].contains(";")
      else { break }
      fileEnds.insert(previousEnd, at: 0)
      first -= 1
    }

    let base = row.lowerBound..<extensions[first].lowerBound
    let (start, isCertain) = firstFileStart(text, base)
    var files: [String] = []
    var fileStart = start
    for end in fileEnds {
      let file = text.trimmed(fileStart..<end)
      if !file.isEmpty { files.append(file) }
      fileStart = end
    }
    return Split(nameEnd: start, files: files, isCertain: isCertain)
  }

  /// How far back from its extension the first file's name may start.
  private static let window = 100

  private static func firstFileStart(_ text: ScalarText, _ base: Range<Int>) -> (Int, Bool) {
    guard base.count > 1 else { return (base.lowerBound, false) }
    let low = max(base.lowerBound + 1, base.upperBound - window)
    let inWindow = low..<base.upperBound
    if let glued = inWindow.first(where: { isGlueBoundary(text, $0) }) {
      return (glued, true)
    }
    // A lowercase letter glued to a digit: "ngoài1.004418.docx".
    if let glued = inWindow.first(where: {
      text[$0 - 1].isLowercaseLetter && text[$0].isDigit
    }) {
      return (glued, true)
    }
    // A lowercase file name glued to a lowercase word: "theo mẫuvăn bản đề nghị.docx".
    if let glued = lastGluedFileWord(text, inWindow) {
      return (glued, true)
    }
    // Otherwise the nearest boundary further back, or the last word.
    if let glued = (base.lowerBound + 1..<low).last(where: { isGlueBoundary(text, $0) }) {
      return (glued, true)
    }
    var start = base.upperBound
    while start > base.lowerBound && !text[start - 1].isSpaceOrBreak { start -= 1 }
    return (start, false)
  }

  /// True where a name and a file name meet with no space between them.
  static func isGlueBoundary(_ text: ScalarText, _ position: Int) -> Bool {
    guard position > 0, position < text.count else { return false }
    let before = text[position - 1]
    let current = text[position]
    if current.isSpaceOrBreak { return false }
    if before == ";" { return true }
    // "…THƯỜNG TRÚ,33-Mẫu số 02.doc", but not "loại 1,2,3.docx".
    if before == ",", let letter = text.at(position - 2), letter.isLetter { return true }
    if before == "." || before == ")" || before == "]" {
      guard current.isLetterOrDigit else { return false }
      if before == "." {
        let previous = text.at(position - 2) ?? " "
        if previous.isDigit {
          // "36.2025.TT" and "Mẫu số 06.QLT" are inside names; "31/12/2025.PL" ends a date,
          // "năm 2025.Phụ lục" a sentence.
          if current.isDigit { return false }
          let digitsStart = text.digitsStart(before: position - 1)
          if text.at(digitsStart - 1) == "/" { return true }
          let spaced = digitsStart == 0 || text[digitsStart - 1] == " "
          return spaced && current.isUppercaseLetter
            && (text.at(position + 1)?.isLowercaseLetter ?? false)
        }
        // "PHỤ LỤC VIII.MẪU …" is inside an all-caps file name; "…/TT-NHNN.PHLCI" ends a
        // legal number.
        if previous.isUppercaseLetter && current.isUppercaseLetter
          && (text.at(position + 1)?.isUppercaseLetter ?? false)
        {
          return endsLegalNumber(text, before: position - 1)
        }
      }
      return true
    }
    if before.isLowercaseLetter && current.isUppercaseLetter { return true }
    if before.isDigit && current.isUppercaseLetter { return true }
    if before.isUppercaseLetter && current.isUppercaseLetter,
      let next = text.at(position + 1), next.isLowercaseLetter,
      let afterNext = text.at(position + 2), afterNext.isLowercaseLetter || afterNext == " "
    {
      return true  // "NĐ-CPMẫu", but not "QĐ-TTg"
    }
    if current.isLetter
      && (text.matches(cpSuffix, at: position - 3) || text.matches(ttgSuffix, at: position - 4))
    {
      return true  // "NĐ-CPmau so 09", "QĐ-TTgMẫu"
    }
    return false
  }

  /// True when the word ending at `end` is a legal number such as "39/2025/TT-NHNN".
  private static func endsLegalNumber(_ text: ScalarText, before end: Int) -> Bool {
    var start = end
    while start > 0 && !text[start - 1].isSpaceOrBreak { start -= 1 }
    return text.scalars[start..<end].contains("/")
      && text.scalars[start..<end].contains { $0.isDigit }
  }

  private static let cpSuffix = [Unicode.Scalar](scalarsOf: "-CP")
  private static let ttgSuffix = [Unicode.Scalar](scalarsOf: "-TTg")

  private static let fileWords: [[Unicode.Scalar]] = [
    "tờ", "mẫu", "mau", "văn bản", "giấy", "đơn", "phụ lục", "phu luc", "báo cáo", "bản khai",
  ].map { [Unicode.Scalar](scalarsOf: $0) }

  /// The last place in `range` where a word that often starts a file name is glued to a
  /// preceding letter.
  private static func lastGluedFileWord(_ text: ScalarText, _ range: Range<Int>) -> Int? {
    guard range.count > 1, range.lowerBound > 0 else { return nil }
    for position in range.reversed()
    where text[position - 1].isLetter && text[position].isLetter {
      if fileWords.contains(where: { text.matchesIgnoringCase($0, at: position) }) {
        return position
      }
    }
    return nil
  }

  private static let extensionNames: [[Unicode.Scalar]] = [
    ".docx", ".doc", ".pdf", ".xlsx", ".xls", ".zip", ".rar", ".odt",
  ].map { [Unicode.Scalar](scalarsOf: $0) }

  /// The ranges of file extensions (".docx", ".DOC", ".pdf"…) in `range`.
  private static func fileExtensions(_ text: ScalarText, _ range: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var position = range.lowerBound
    while position < range.upperBound {
      if text[position] == ".",
        let name = extensionNames.first(where: {
          position + $0.count <= range.upperBound && text.matchesIgnoringCase($0, at: position)
        })
      {
        found.append(position..<position + name.count)
        position += name.count
      } else {
        position += 1
      }
    }
    return found
  }
}
