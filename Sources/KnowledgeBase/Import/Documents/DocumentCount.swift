/// The "Số lượng" cell that ends every row of the national crawl's document table:
/// `1 bản chính` or `0 bản chính,1 bản sao`, glued to the row's name before it and to the next
/// row after it.
struct DocumentCount {
  /// Where the cell starts and ends in the text.
  var range: Range<Int>
  var originals: Int
  var copies: Int

  private static let originalsWord = [Unicode.Scalar](scalarsOf: " bản chính")
  private static let copiesWord = [Unicode.Scalar](scalarsOf: " bản sao")

  /// The count cells in `range`, in order. Counts that are part of a name ("nộp 02 bản chính;",
  /// "01 bản chính hoặc bản sao") are recognised by what follows them and skipped.
  static func cells(in text: ScalarText, _ range: Range<Int>) -> [DocumentCount] {
    var cells: [DocumentCount] = []
    var position = range.lowerBound
    while let word = text.find(originalsWord, from: position, before: range.upperBound) {
      position = word + originalsWord.count
      guard word > range.lowerBound, text[word - 1].isDigit,
        let cell = parse(text, word: word, limit: range.upperBound),
        cell.range.lowerBound >= (cells.last?.range.upperBound ?? range.lowerBound)
      else { continue }
      if isCellEnd(text, cell, limit: range.upperBound) {
        cells.append(cell)
        position = cell.range.upperBound
      } else if startsCell(text, at: cell.range.upperBound, limit: range.upperBound),
        !hasLeadingZero(text, cell)
      {
        // "…TT-BXD1 bản chính1 bản chính": the first is this row's count, the next is a row
        // with no name.
        cells.append(cell)
        position = cell.range.upperBound
      }
    }
    return cells
  }

  /// Reads the cell whose " bản chính" is at `word`. The count is the last digit before it: the
  /// digits before that belong to the name ("ngày 13/02/20261 bản chính", "Mẫu số 181 bản chính").
  private static func parse(_ text: ScalarText, word: Int, limit: Int) -> DocumentCount? {
    guard let originals = text[word - 1].digitValue else { return nil }
    var end = word + originalsWord.count
    var copies = 0
    if text.at(end) == ",", let first = text.at(end + 1), first.isDigit {
      let digitsEnd = text.digitsEnd(from: end + 1)
      if text.matches(copiesWord, at: digitsEnd), digitsEnd + copiesWord.count <= limit,
        let value = Int(text.string(end + 1..<digitsEnd))
      {
        copies = value
        end = digitsEnd + copiesWord.count
      }
    }
    return DocumentCount(range: word - 1..<end, originals: originals, copies: copies)
  }

  /// A count ends its row when the text ends, or the next row starts right after it. Counts
  /// inside a name are followed by punctuation or by a space and a lowercase word.
  private static func isCellEnd(_ text: ScalarText, _ cell: DocumentCount, limit: Int) -> Bool {
    let end = cell.range.upperBound
    guard end < limit else { return true }
    let next = text[end]
    switch next {
    case ";", ".", ")", ",", ":": return false
    case " ", "\n", "\t":
      let word = text.skipSpaces(from: end)
      guard word < limit else { return true }
      return !text[word].isLowercaseLetter
    default:
      return !startsCell(text, at: end, limit: limit)
    }
  }

  /// True when a count cell ("1 bản chính") starts at `position`.
  private static func startsCell(_ text: ScalarText, at position: Int, limit: Int) -> Bool {
    guard position < limit, text[position].isDigit else { return false }
    let digitsEnd = text.digitsEnd(from: position)
    return text.matches(originalsWord, at: digitsEnd) && digitsEnd + originalsWord.count <= limit
  }

  /// "01 bản chính" is written by people, inside names; the portal writes "1 bản chính".
  private static func hasLeadingZero(_ text: ScalarText, _ cell: DocumentCount) -> Bool {
    let start = text.digitsStart(before: cell.range.lowerBound + 1)
    return start < cell.range.lowerBound && text[start] == "0"
  }
}
