/// A legal document's number (số ký hiệu): `85/2019/TT-BTC`, `123/2015/NĐ-CP`, `59/2020/QH14`,
/// `12/2021/QĐ-TTg`, `2222/QĐ-BHXH`, `15/2016/TTLT/BQP-BLĐTBXH-BTC`, `66.7/2025/NQ-CP`.
struct LegalNumber {
  var range: Range<Int>

  /// The number starting at `position`, which must be the first digit.
  static func read(_ text: ScalarText, at position: Int) -> LegalNumber? {
    guard let first = text.at(position), first.isDigit else { return nil }
    var end = text.digitsEnd(from: position)
    // "66.7/2025/NQ-CP"
    if text.at(end) == ".", let next = text.at(end + 1), next.isDigit {
      end = text.digitsEnd(from: end + 1)
    }
    guard text.at(end) == "/" else { return nil }
    end += 1
    let yearEnd = text.digitsEnd(from: end)
    if yearEnd - end == 4 && text.at(yearEnd) == "/" { end = yearEnd + 1 }
    guard let suffixEnd = segment(text, at: end, allowingTTg: false) else { return nil }
    end = suffixEnd
    while let separator = text.at(end), separator == "-" || separator == "/" || separator == "_",
      let next = segment(text, at: end + 1, allowingTTg: separator == "-")
    {
      end = next
    }
    return LegalNumber(range: position..<end)
  }

  /// One part of the issuer suffix: capitals ("NĐ", "BTC", "BLĐTBXH"), "QH" + the two-digit
  /// legislature ("QH13", "UBTVQH14"), or "TTg".
  private static func segment(_ text: ScalarText, at position: Int, allowingTTg: Bool) -> Int? {
    if allowingTTg && text.matches(ttg, at: position) {
      let end = position + ttg.count
      return text.at(end)?.isLowercaseLetter == true ? nil : end
    }
    var end = position
    while let scalar = text.at(end), isSuffixCapital(scalar) { end += 1 }
    guard end > position else { return nil }
    if let next = text.at(end), next.isLowercaseLetter,
      startsWord(capital: text[end - 1], next: next)
    {
      // "NĐ-CPNghị định…": the last capital starts the next row's title.
      guard end - position >= 2 else { return nil }
      end -= 1
    } else if end - position >= 2, let next = text.at(end) {
      if next.isUppercaseLetter && text.at(end + 1)?.isLowercaseLetter != true,
        let start = capitalWordStart(text, position..<end), start > position
      {
        end = start  // "NĐ-CPLUẬT …": an all-capitals title starts inside the run.
      }
    }
    if end - position >= 2 && text[end - 2] == "Q" && text[end - 1] == "H",
      text.at(end)?.isDigit == true, text.at(end + 1)?.isDigit == true
    {
      end += 2
    }
    return end
  }

  private static let ttg = [Unicode.Scalar](scalarsOf: "TTg")

  /// True when a capital and the lowercase letter after it can start a Vietnamese word: the
  /// letter is a vowel, or the two make an onset such as "ng", "th", "tr", "qu".
  private static func startsWord(capital: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
    if !consonants.contains(next) { return true }
    let onset = String(String.UnicodeScalarView([capital.lowercased, next]))
    return onsets.contains(onset)
  }

  private static let consonants = Set("bcdđfghjklmnpqrstvwxz".unicodeScalars)

  /// Where an all-capitals word that continues after `run` starts inside it: before its
  /// vowels and its onset ("CPLU|ẬT" → at "L", "BTCTH|Ô" → at "TH").
  private static func capitalWordStart(_ text: ScalarText, _ run: Range<Int>) -> Int? {
    var start = run.upperBound
    while start > run.lowerBound && "AEIOUY".unicodeScalars.contains(text[start - 1]) { start -= 1 }
    for length in [3, 2, 1] where start - length >= run.lowerBound {
      if capitalOnsets.contains(text.string(start - length..<start)) { return start - length }
    }
    return start < run.upperBound ? start : nil
  }

  private static let capitalOnsets: Set<String> = [
    "B", "C", "CH", "D", "Đ", "G", "GH", "H", "K", "KH", "L", "M", "N", "NG", "NGH", "NH", "P",
    "PH",
    "Q", "R", "S", "T", "TH", "TR", "V", "X",
  ]
  private static let onsets: Set<String> = [
    "ch", "gh", "gi", "kh", "ng", "nh", "ph", "th", "tr", "qu",
  ]

  /// Capitals of issuer codes; the Cyrillic "С" some pages carry instead of "C" too.
  private static func isSuffixCapital(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value >= 0x41 && scalar.value <= 0x5A) || scalar == "Đ" || scalar == "\u{0421}"
  }
}
