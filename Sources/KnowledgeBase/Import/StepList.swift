/// Trình tự thực hiện → one entry per step. Steps are marked "Bước 1:", "Bước 2." (on their own
/// lines or inline); without markers, the text's lines are the steps, with sub-items ("+ …",
/// "(i) …", a line in lowercase) kept with the step they belong to, and lettered or numbered
/// headings ("a) Nộp hồ sơ:") keeping their own sub-lines.
enum StepList {
  /// A single step longer than this is reported: the text was probably not split.
  static let longSingleStep = 600

  static func split(_ raw: String?) -> SplitOutcome<[String]> {
    guard let cleaned = PortalText.paragraphs(raw) else { return SplitOutcome([], processed: 0) }
    let text = ScalarText(cleaned)
    let markers = stepMarkers(text)
    var steps: [String]
    if markers.count >= 2 {
      steps = []
      var bounds = markers
      if let preamble = stepText(text, 0..<markers[0]) { steps.append(preamble) }
      bounds.append(text.count)
      for index in 0..<markers.count {
        if let step = stepText(text, bounds[index]..<bounds[index + 1]) { steps.append(step) }
      }
    } else {
      steps = lineSteps(cleaned)
    }
    steps = steps.compactMap(withoutBullet)
    if steps.count == 1 && steps[0].unicodeScalars.count > longSingleStep {
      return SplitOutcome(
        steps, processed: 1, issues: [SplitIssue(text: steps[0], reason: "không tách được bước")])
    }
    return SplitOutcome(steps, processed: 1)
  }

  /// A step without the list bullet in front ("- ", "+ ", "• ").
  private static func withoutBullet(_ step: String) -> String? {
    var scalars = Substring(step).unicodeScalars
    while let first = scalars.first, "-+•*".unicodeScalars.contains(first) || first == " " {
      scalars.removeFirst()
    }
    return PortalText.paragraphs(String(scalars))
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

  private static func stepText(_ text: ScalarText, _ range: Range<Int>) -> String? {
    var scalars = text.scalars[range]
    while let last = scalars.last, last == " " || last == "\n" || last == "-" || last == "+" {
      scalars.removeLast()
    }
    while let first = scalars.first, first == " " || first == "\n" || first == "-" || first == "+" {
      scalars.removeFirst()
    }
    return PortalText.paragraphs(String(String.UnicodeScalarView(scalars)))
  }

  /// Lines as steps, sub-items attached to their step. In a bulleted list the most common
  /// bullet marks the steps; lines with another bullet, or none, belong to the step above.
  private static func lineSteps(_ text: String) -> [String] {
    let lines = text.split(separator: "\n").map(String.init)
    let bullets = lines.map(bullet)
    let lettered = lines.filter { isLettered($0) }.count >= 2
    let top = mostCommon(bullets.compactMap { $0 })
    var steps: [String] = []
    var seenTop = false
    for (line, mark) in zip(lines, bullets) {
      let startsStep: Bool
      if steps.isEmpty {
        startsStep = true
      } else if lettered {
        startsStep = isLettered(line)
      } else if let top {
        startsStep = mark == top || (!seenTop && mark == nil && !isSubItem(line))
      } else {
        startsStep = !isSubItem(line)
      }
      if mark != nil && mark == top { seenTop = true }
      if startsStep {
        steps.append(line)
      } else {
        steps[steps.count - 1] += "\n" + line
      }
    }
    if steps.count == 1, let only = steps.first { return inlineBulletSteps(only) }
    return steps
  }

  /// "- ", "+ ", "• ", "* " in front of a line.
  private static func bullet(_ line: String) -> Unicode.Scalar? {
    guard let first = line.unicodeScalars.first, "-+•*".unicodeScalars.contains(first) else {
      return nil
    }
    return first
  }

  private static func mostCommon(_ marks: [Unicode.Scalar]) -> Unicode.Scalar? {
    var counts: [Unicode.Scalar: Int] = [:]
    for mark in marks { counts[mark, default: 0] += 1 }
    return marks.first { counts[$0] == counts.values.max() }
  }

  /// One paragraph with inline bullets ("…hồ sơ. + Trong thời hạn…"): split before each bullet
  /// that follows the end of a sentence or clause.
  private static func inlineBulletSteps(_ paragraph: String) -> [String] {
    let text = ScalarText(paragraph)
    var cuts: [Int] = []
    for position in 1..<max(1, text.count - 2) where text[position] == "-" || text[position] == "+"
    {
      guard text[position - 1] == " ", text[position + 1] == " ",
        text[position + 2].isUppercaseLetter
      else { continue }
      var before = position - 1
      while before > 0 && text[before] == " " { before -= 1 }
      if ".;:".unicodeScalars.contains(text[before]) { cuts.append(position) }
    }
    guard !cuts.isEmpty else { return [paragraph] }
    var steps: [String] = []
    var start = 0
    for cut in cuts + [text.count] {
      if let step = PortalText.paragraphs(text.string(start..<cut)) { steps.append(step) }
      start = cut
    }
    return steps
  }

  /// "a) …", "b) …", "đ) …": a lettered heading.
  private static func isLettered(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars.prefix(3))
    guard scalars.count >= 2, scalars[0].isLowercaseLetter else { return false }
    return scalars[1] == ")" || (scalars.count == 3 && scalars[1].isDigit && scalars[2] == ")")
  }

  /// "+ …", "(i) …", "• …", or a line that continues a sentence in lowercase.
  private static func isSubItem(_ line: String) -> Bool {
    guard let first = line.unicodeScalars.first else { return false }
    return first == "+" || first == "(" || first == "•" || first.isLowercaseLetter
  }
}
