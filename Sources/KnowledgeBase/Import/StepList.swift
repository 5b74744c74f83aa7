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
  /// after punctuation or a bullet (not "theo quy định tại Bước 2").
  private static func stepMarkers(_ text: ScalarText) -> [Int] {
    var markers: [Int] = []
    for position in text.occurrences(of: stepWord) {
      var digits = position + stepWord.count
      if text.at(digits) == " " { digits += 1 }
      let end = text.digitsEnd(from: digits)
      guard end > digits, let after = text.at(end), ":.)-".unicodeScalars.contains(after) || after == " "
      else { continue }
      var before = position - 1
      while before >= 0 && text[before] == " " { before -= 1 }
      guard before < 0 || "\n.;:-+*)".unicodeScalars.contains(text[before]) else { continue }
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

  /// Lines as steps, sub-items attached to their step.
  private static func lineSteps(_ text: String) -> [String] {
    let lines = text.split(separator: "\n").map(String.init)
    let lettered = lines.filter { isLettered($0) }.count >= 2
    var steps: [String] = []
    for line in lines {
      let continues: Bool
      if steps.isEmpty {
        continues = false
      } else if lettered {
        continues = !isLettered(line)
      } else {
        continues = isSubItem(line) || (steps.last?.hasSuffix(":") ?? false)
      }
      if continues {
        steps[steps.count - 1] += "\n" + line
      } else {
        steps.append(line)
      }
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
