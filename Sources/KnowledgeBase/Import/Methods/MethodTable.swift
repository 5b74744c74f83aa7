/// Cách thức thực hiện of the national crawl: one flattened table,
///
///     Hình thức nộpThời gianPhí, lệ phíMô tả<channel><time><fee><description><channel>…
///
/// Rows start with a channel ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính") followed by a
/// time. A time that lost its unit may run into the fee's digits (`Trực tuyến1100 VNĐ(…)`:
/// time 1, fee 100); the schedule in brackets decides where, when it states an amount.
enum MethodTable {
  static let header = [Unicode.Scalar](scalarsOf: "Hình thức nộpThời gianPhí, lệ phíMô tả")
  static let channels: [[Unicode.Scalar]] = ["Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính"].map {
    [Unicode.Scalar](scalarsOf: $0)
  }

  static func split(_ raw: String?) -> SplitOutcome<[SubmissionMethod]> {
    guard let cleaned = PortalText.line(raw) else { return SplitOutcome([], processed: 0) }
    let text = ScalarText(cleaned)
    guard let headerStart = text.find(header) else {
      return SplitOutcome(
        [], processed: 1, issues: [SplitIssue(text: cleaned, reason: "không có bảng cách thức")])
    }
    let bodyStart = headerStart + header.count
    let starts = rowStarts(text, from: bodyStart)
    guard !starts.isEmpty else {
      return SplitOutcome(
        [], processed: 1,
        issues: [
          SplitIssue(text: text.trimmed(bodyStart..<text.count), reason: "không có hình thức nộp")
        ])
    }
    var methods: [SubmissionMethod] = []
    var issues: [SplitIssue] = []
    for (number, start) in starts.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1].position : text.count
      let (method, issue) = row(text, start.position..<end, channel: start.channel)
      methods.append(method)
      if let issue {
        issues.append(SplitIssue(text: text.trimmed(start.position..<end), reason: issue))
      }
    }
    return SplitOutcome(methods, processed: starts.count, issues: issues)
  }

  /// Rows start at a channel name followed by a time (a digit, "Không…", "Trong ngày"); the first
  /// row starts right after the header whatever follows.
  private static func rowStarts(_ text: ScalarText, from start: Int) -> [(
    position: Int, channel: Int
  )] {
    var starts: [(Int, Int)] = []
    var position = start
    while position < text.count {
      if let channel = channels.firstIndex(where: { text.matches($0, at: position) }) {
        let after = position + channels[channel].count
        let next = text.at(after)
        if position == start || next?.isDigit == true
          || text.matches(ProcessingTimeText.none, at: after)
          || text.matches(ProcessingTimeText.sameDay, at: after)
        {
          starts.append((position, channel))
          position = after
          continue
        }
      }
      position += 1
    }
    return starts
  }

  /// One row; the reason when it could not be split cleanly.
  private static func row(_ text: ScalarText, _ range: Range<Int>, channel: Int) -> (
    SubmissionMethod, String?
  ) {
    var method = SubmissionMethod(channel: String(String.UnicodeScalarView(channels[channel])))
    let cell = range.lowerBound + channels[channel].count
    var feeStart: Int?
    var timeInWords = true
    if let time = ProcessingTimeText.read(text, at: cell) {
      if let digits = time.bareDigits, let glued = gluedFee(text, digits, limit: range.upperBound) {
        method.processingTime = glued.time
        method.fee = glued.fee.fee
        method.note = note(text, glued.fee.end..<range.upperBound)
        return (method, glued.isCertain ? nil : "không rõ ranh giới thời hạn và phí")
      }
      method.processingTime = time.time
      let next = text.skipSpaces(from: time.end)
      if next >= range.upperBound || FeeText.starts(text, at: next) { feeStart = next }
      // "Không" alone means no time; "Không phải trả kết quả…" is a time in words.
      timeInWords = time.time == nil && text.at(next)?.isLowercaseLetter == true
      if !timeInWords && feeStart == nil {
        method.note = note(text, time.end..<range.upperBound)
        return (method, "không có phí")
      }
    }
    if feeStart == nil && timeInWords {
      guard let fee = (cell..<range.upperBound).first(where: { FeeText.starts(text, at: $0) })
      else {
        method.note = note(text, cell..<range.upperBound)
        return (method, "không tách được thời hạn và phí")
      }
      method.processingTime = PortalText.line(text.string(cell..<fee)).map {
        ProcessingTime(text: $0)
      }
      feeStart = fee
    }
    var noteStart = feeStart ?? range.upperBound
    if let feeStart, let fee = FeeText.read(text, at: feeStart, limit: range.upperBound) {
      method.fee = fee.fee
      noteStart = fee.end
    }
    method.note = note(text, noteStart..<range.upperBound)
    return (method, nil)
  }

  private static func note(_ text: ScalarText, _ range: Range<Int>) -> String? {
    guard !range.isEmpty else { return nil }
    return PortalText.line(text.string(range))
  }

  /// A bare time whose digits run into the fee's: "1100 VNĐ(… 100.000 đồng …)".
  private static func gluedFee(_ text: ScalarText, _ digits: Range<Int>, limit: Int)
    -> (time: ProcessingTime, fee: FeeText.Reading, isCertain: Bool)?
  {
    guard let whole = MoneyAmount.read(text, at: digits.lowerBound), whole.currency != .none,
      whole.range.upperBound <= limit
    else { return nil }
    let (schedule, _) = FeeText.bracketed(text, after: whole.range.upperBound, limit: limit)
    let stated = schedule.map { MoneyAmount.amountsInDong(ScalarText($0)) } ?? []
    var fallback: (Int, MoneyAmount)?
    for split in digits.lowerBound + 1..<digits.upperBound {
      guard let amount = MoneyAmount.read(text, at: split), amount.value != nil else { continue }
      // A fee does not start with 0, unless it is 0.
      if text[split] == "0"
        && (amount.value != 0 || text.digitsEnd(from: split) != digits.upperBound)
      {
        continue
      }
      let value = amount.value ?? 0
      if stated.count == 1 && (stated[0] == value || stated[0] == value * 1000) {
        return (
          timeOf(text, digits.lowerBound..<split), FeeText.reading(text, amount, limit: limit), true
        )
      }
      if fallback == nil { fallback = (split, amount) }
    }
    guard let (split, amount) = fallback else { return nil }
    // A guess: the time is the first digit. The amount is not stated, since the portal stores
    // some fees in thousands ("125 VNĐ" for 25.000 đồng) and nothing here tells which.
    var reading = FeeText.reading(text, amount, limit: limit)
    reading.fee?.amountVND = nil
    return (timeOf(text, digits.lowerBound..<split), reading, false)
  }

  private static func timeOf(_ text: ScalarText, _ digits: Range<Int>) -> ProcessingTime {
    ProcessingTimeText.time(text, digits, unit: nil, end: digits.upperBound)
  }
}
