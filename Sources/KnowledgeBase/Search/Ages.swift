import VietnameseText

/// Ages. Some procedures differ only by the applicant's age ("Cấp thẻ căn cước cho người dưới 14
/// tuổi" / "… từ đủ 14 tuổi trở lên"), and citizens say the age rather than the range ("con tôi
/// 16 tuổi", "bé 5 tuổi", "my 10-year-old"). The ranking puts names whose range excludes the
/// age below the others.
enum Ages {
  /// The age a query speaks of, if any: "16 tuổi", "dưới 14 tuổi" (13), "trên 14 tuổi" (15),
  /// "8 tháng tuổi" (0), "10 years old", "aged 10". `words` are the query's folded syllables.
  static func age(in words: [String]) -> Int? {
    for (index, word) in words.enumerated() {
      guard let number = Int(word), (0...120).contains(number) else { continue }
      let next = index + 1 < words.count ? words[index + 1] : ""
      let previous = index > 0 ? words[index - 1] : ""
      let months = next == "thang" || next == "months" || next == "month"
      let isAge =
        next == "tuoi" || next == "years" || next == "year" || next == "yo" || previous == "aged"
        || (months && index + 2 < words.count && ["tuoi", "old"].contains(words[index + 2]))
      guard isAge else { continue }
      if months { return 0 }
      switch previous {
      case "duoi", "under": return max(0, number - 1)
      case "tren", "over": return number + 1
      default: return number
      }
    }
    return nil
  }

  /// The ages a name is for, if it says: "dưới 14 tuổi" (0…13), "từ đủ 14 tuổi trở lên" and
  /// "trên 14 tuổi" (14… / 15…), "từ 6 đến dưới 14 tuổi" (6…13).
  static func range(inName words: [String]) -> ClosedRange<Int>? {
    phrase(inName: words)?.ages
  }

  /// The ages a name is for and the words that say so (a query giving a fitting age accounts
  /// for them).
  static func phrase(inName words: [String]) -> (ages: ClosedRange<Int>, words: Range<Int>)? {
    let folded = words.map { VietnameseText.fold($0) }
    guard let at = folded.firstIndex(of: "tuoi"), at > 0, let number = Int(folded[at - 1])
    else { return nil }
    let before = Array(folded[..<(at - 1)].suffix(5))
    let after = folded[(at + 1)...].prefix(2)
    var start = at - 1
    var end = at + 1
    let ages: ClosedRange<Int>
    if before.last == "duoi" {
      // "từ 6 đến dưới 14 tuổi"
      if before.count >= 4, before[before.count - 2] == "den",
        let low = Int(before[before.count - 3])
      {
        guard low <= number - 1 else { return nil }
        ages = low...(number - 1)
        start = at - 5
      } else {
        guard number > 0 else { return nil }
        ages = 0...(number - 1)
        start = at - 2
      }
    } else if before.last == "tren" {
      ages = (number + 1)...150
      start = at - 2
    } else if Array(after) == ["tro", "len"] {
      // "từ đủ 14 tuổi trở lên", "đủ 14 tuổi trở lên", "từ 14 tuổi trở lên", "14 tuổi trở lên"
      ages = number...150
      end = at + 3
      if before.suffix(2) == ["tu", "du"] {
        start = at - 3
      } else if before.last == "du" || before.last == "tu" {
        start = at - 2
      }
    } else {
      return nil
    }
    return (ages, max(0, start)..<min(words.count, end))
  }
}
