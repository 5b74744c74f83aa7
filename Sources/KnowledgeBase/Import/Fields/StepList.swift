/// Trình tự thực hiện → one entry per step. Steps are marked "Bước 1:", "Bước 2." (on their own
/// lines or inline); without markers, the text's lines are the steps, with sub-items ("+ …",
/// "(i) …", a line in lowercase) kept with the step they belong to, and lettered headings
/// ("a) Nộp hồ sơ:") keeping their own sub-lines. Every step is a slice of the cleaned text,
/// without the list bullet in front.
enum StepList {
  /// A single step longer than this is reported: the text was probably not split.
  static let longSingleStep = 600

  static func split(_ raw: String?) -> SplitOutcome<[String]> {
    guard let cleaned = PortalText.paragraphs(raw) else { return SplitOutcome([], processed: 0) }
    let text = ScalarText(cleaned)
    let markers = stepMarkers(text)
    var ranges: [Range<Int>]
    if markers.count >= 2 {
      ranges = [0..<markers[0]]
      for (index, start) in markers.enumerated() {
        ranges.append(start..<(index + 1 < markers.count ? markers[index + 1] : text.count))
      }
    } else {
      ranges = lineSteps(text)
    }
    let steps = ranges.compactMap { stepText(text, $0) }
    if steps.count == 1 && steps[0].unicodeScalars.count > longSingleStep {
      return SplitOutcome(
        steps, processed: 1, issues: [SplitIssue(text: steps[0], reason: "không tách được bước")])
    }
    return SplitOutcome(steps, processed: 1)
  }

  /// The step in `range` without bullets and spaces around it; nil when nothing is left.
  private static func stepText(_ text: ScalarText, _ range: Range<Int>) -> String? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && isDecoration(text[lower]) { lower += 1 }
    while upper > lower
      && (text[upper - 1] == "-" || text[upper - 1] == "+" || text[upper - 1].isSpaceOrBreak)
    {
      upper -= 1
    }
    guard lower < upper else { return nil }
    let step = text.string(lower..<upper)
    return PortalText.isMissing(step) ? nil : step
  }

  private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isSpaceOrBreak || scalar == "-" || scalar == "+" || scalar == "•" || scalar == "*"
  }

  private static let stepWord = [Unicode.Scalar](scalarsOf: "Bước")

  /// Positions of "Bước N" followed by ":", "." or ")" — at the start of the text or a line, or
  /// after punctuation or a bullet (not "theo quy định tại Bước 2"); or anywhere when followed
  /// by ":" with the next number in sequence ("… ngoại quan Bước 1: Đăng ký …").
  private static func stepMarkers(_ text: ScalarText) -> [Int] {
    var markers: [Int] = []
    for position in text.occurrences(of: stepWord) {
      var digits = position + stepWord.count
      if text.at(digits) == " " { digits += 1 }
      let end = text.digitsEnd(from: digits)
      guard end > digits, let after = text.at(end),
        ":.)-".unicodeScalars.contains(after) || after == " "
      else { continue }
      var before = position - 1
      while before >= 0 && text[before] == " " { before -= 1 }
      let afterBreak = before < 0 || "\n.;:-+*)".unicodeScalars.contains(text[before])
      let inSequence = after == ":" && Int(text.string(digits..<end)) == markers.count + 1
      guard afterBreak || inSequence else { continue }
      // Start the step at its bullet, if it has one on the same line.
      var start = position
      if before >= 0 && (text[before] == "-" || text[before] == "+") { start = before }
      markers.append(start)
    }
    return markers
  }

  /// Lines grouped into steps, sub-items attached to their step. In a bulleted list the most
  /// common bullet marks the steps; lines with another bullet, or none, belong to the step above.
  private static func lineSteps(_ text: ScalarText) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var lineStart = 0
    for position in 0...text.count where position == text.count || text[position] == "\n" {
      if position > lineStart { lines.append(lineStart..<position) }
      lineStart = position + 1
    }
    let bullets = lines.map { bullet(text, $0) }
    let lettered = lines.filter { isLettered(text, $0) }.count >= 2
    let top = mostCommon(bullets.compactMap { $0 })
    var steps: [Range<Int>] = []
    var seenTop = false
    for (line, mark) in zip(lines, bullets) {
      let startsStep: Bool
      if steps.isEmpty {
        startsStep = true
      } else if lettered {
        startsStep = isLettered(text, line)
      } else if let top {
        startsStep = mark == top || (!seenTop && mark == nil && !isSubItem(text, line))
      } else {
        startsStep = !isSubItem(text, line)
      }
      if mark != nil && mark == top { seenTop = true }
      if startsStep {
        steps.append(line)
      } else if let last = steps.last {
        steps[steps.count - 1] = last.lowerBound..<line.upperBound
      }
    }
    if steps.count == 1, let only = steps.first { return inlineBulletSteps(text, only) }
    return steps
  }

  /// "- ", "+ ", "• ", "* " in front of a line.
  private static func bullet(_ text: ScalarText, _ line: Range<Int>) -> Unicode.Scalar? {
    let first = text[line.lowerBound]
    return "-+•*".unicodeScalars.contains(first) ? first : nil
  }

  private static func mostCommon(_ marks: [Unicode.Scalar]) -> Unicode.Scalar? {
    var counts: [Unicode.Scalar: Int] = [:]
    for mark in marks { counts[mark, default: 0] += 1 }
    return marks.first { counts[$0] == counts.values.max() }
  }

  /// "a) …", "b) …", "đ) …": a lettered heading.
  private static func isLettered(_ text: ScalarText, _ line: Range<Int>) -> Bool {
    guard line.count >= 2, text[line.lowerBound].isLowercaseLetter else { return false }
    let second = text[line.lowerBound + 1]
    return second == ")"
      || (line.count >= 3 && second.isDigit && text[line.lowerBound + 2] == ")")
  }

  /// "+ …", "(i) …", "• …", or a line that continues a sentence in lowercase.
  private static func isSubItem(_ text: ScalarText, _ line: Range<Int>) -> Bool {
    let first = text[line.lowerBound]
    return first == "+" || first == "(" || first == "•" || first.isLowercaseLetter
  }

  /// One paragraph with inline bullets ("…hồ sơ. + Trong thời hạn…"): split before each bullet
  /// that follows the end of a sentence or clause.
  private static func inlineBulletSteps(_ text: ScalarText, _ range: Range<Int>) -> [Range<Int>] {
    var cuts: [Int] = []
    var position = range.lowerBound + 1
    while position + 2 < range.upperBound {
      defer { position += 1 }
      guard text[position] == "-" || text[position] == "+", text[position - 1] == " ",
        text[position + 1] == " ", text[position + 2].isUppercaseLetter
      else { continue }
      var before = position - 1
      while before > range.lowerBound && text[before] == " " { before -= 1 }
      if ".;:".unicodeScalars.contains(text[before]) { cuts.append(position) }
    }
    var steps: [Range<Int>] = []
    var start = range.lowerBound
    for cut in cuts + [range.upperBound] {
      steps.append(start..<cut)
      start = cut
    }
    return steps
  }
}
