import KnowledgeBase
import VietnameseText

/// Reading short answers and choices: "có", "chưa", "không rõ", "số 2", "cái thứ hai". Matched
/// on folded words, so accents and Telex-less typing don't matter.
enum Answers {
  static func words(_ text: String) -> [String] {
    VietnameseText.foldedSyllables(text)
  }

  private static let have: Set<String> = [
    "co", "co roi", "roi", "da co", "co a", "co nha", "da co roi", "vang co", "da", "yes", "y",
    "co san", "co roi a", "ok co", "uh co", "u co", "have", "i have", "i have it", "got it",
  ]
  private static let missing: Set<String> = [
    "chua", "chua co", "khong", "khong co", "ko", "k", "kh", "hong", "hong co", "hok", "chua a",
    "no", "n", "not yet", "chua co a", "khong co a", "ko co", "k co", "dont have", "i dont have",
  ]
  private static let unsure: Set<String> = [
    "khong ro", "khong biet", "ko biet", "k biet", "ko ro", "k ro", "chua ro", "khong chac",
    "ko chac", "hong biet", "hok biet", "not sure", "dont know", "i dont know", "unsure",
    "khong nho", "chua biet",
  ]

  /// An answer to "Bạn đã có … chưa?".
  static func checklistAnswer(_ text: String) -> Checklist.Answer? {
    let key = words(text).joined(separator: " ")
    if have.contains(key) { return .have }
    if unsure.contains(key) { return .unsure }
    if missing.contains(key) { return .missing }
    return nil
  }

  private static let yes: Set<String> = [
    "co", "dung", "dung roi", "phai", "phai roi", "yes", "y", "ok", "oke", "uh", "u", "vang", "da",
    "chinh xac", "dung vay", "dung a", "da dung", "vang a", "dung the", "yes please", "correct",
  ]
  private static let no: Set<String> = [
    "khong", "ko", "k", "khong phai", "sai", "no", "n", "khong dung", "chua dung", "hong",
    "hong phai", "khong phai a", "sai roi", "ko phai", "k phai", "nope", "wrong",
  ]

  /// An answer to "Ý bạn là …?".
  static func yesOrNo(_ text: String) -> Bool? {
    let key = words(text).joined(separator: " ")
    if yes.contains(key) { return true }
    if no.contains(key) { return false }
    return nil
  }

  private static let cancel: Set<String> = [
    // Not "dung" (dừng folds like đúng, "correct") nor "bo" (bỏ qua skips the email).
    "huy", "huy bo", "thoi", "thoi khong nop", "khong nop nua", "khong nop", "dung lai",
    "cancel", "stop", "thoi khoi", "khoi", "thoi huy", "huy ho so", "khong tra cuu nua",
  ]

  /// "Hủy", "thôi": leave the hand-off or the lookup.
  static func cancels(_ key: String) -> Bool { cancel.contains(key) }

  private static let skip: Set<String> = [
    "bo qua", "khong", "khong co", "ko", "ko co", "k", "khong co email", "khong dung email",
    "skip", "no", "none", "no email", "bo", "qua", "khong can", "chua co",
  ]

  /// "Bỏ qua", "không có": no answer to an optional question.
  static func skips(_ key: String) -> Bool { skip.contains(key) }

  private static let agree: Set<String> = [
    "dong y", "toi dong y", "co", "co dong y", "dong y a", "vang", "vang dong y", "ok", "yes",
    "i agree", "agree", "da dong y", "dong y het", "uh", "xac nhan", "gui", "gui di", "nop",
    "nop di", "dung", "dung roi", "co gui", "confirm", "send", "submit",
  ]
  private static let disagree: Set<String> = [
    "khong dong y", "toi khong dong y", "khong", "ko", "k", "no", "tu choi", "khong dong y a",
    "disagree", "i disagree", "i do not agree", "i dont agree", "ko dong y", "k dong y",
  ]

  /// An answer to the consent question (and to "Gửi hồ sơ?").
  static func consent(_ key: String) -> Bool? {
    if agree.contains(key) { return true }
    if disagree.contains(key) { return false }
    return nil
  }

  private static let edit: Set<String> = [
    "sua", "sua lai", "sua thong tin", "nhap lai", "edit", "change", "chinh sua", "sai thong tin",
  ]

  /// "Sửa": enter the details again.
  static func edits(_ key: String) -> Bool { edit.contains(key) }

  private static let ordinals: [String: Int] = [
    "mot": 1, "nhat": 1, "dau": 1, "first": 1, "one": 1, "hai": 2, "nhi": 2, "second": 2, "two": 2,
    "ba": 3, "third": 3, "three": 3, "bon": 4, "tu": 4, "fourth": 4, "four": 4, "nam": 5,
    "fifth": 5, "five": 5,
  ]
  private static let filler: Set<String> = [
    "cai", "so", "thu", "chon", "lay", "muc", "loai", "phuong", "an", "option", "number", "the",
    "toi", "em", "minh", "tien", "a", "nhe", "nha", "di", "please", "choose", "pick", "dong",
  ]

  /// "2", "số 2", "cái thứ hai", "chọn 3", "the second one".
  static func choiceNumber(_ text: String) -> Int? {
    var tokens = words(text).filter { !filler.contains($0) }
    if tokens.count == 2, tokens.last == "one" { tokens.removeLast() }  // "the second one"
    guard tokens.count == 1, let token = tokens.first else { return nil }
    if let number = Int(token) { return number }
    return ordinals[token]
  }

  /// A candidate named by repeating part of its name, when exactly one fits clearly.
  static func choiceByName(_ text: String, names: [String]) -> Int? {
    let said = Set(words(text))
    guard said.count >= 2 else { return nil }
    let shares = names.map { name -> Double in
      let nameWords = Set(words(name))
      return Double(said.intersection(nameWords).count) / Double(said.count)
    }
    guard let best = shares.max(), best >= 0.8 else { return nil }
    // Among names that hold every word said, the shortest is the one meant.
    let winners = shares.indices.filter { shares[$0] == best }
    let lengths = winners.map { words(names[$0]).count }
    guard let shortest = lengths.min(), lengths.filter({ $0 == shortest }).count == 1 else {
      return nil
    }
    return winners[lengths.firstIndex(of: shortest) ?? 0]
  }

  /// Words of questions that say what is asked, not which procedure.
  private static let questionWords: Set<String> = [
    "bao", "lau", "nhieu", "tien", "phi", "le", "mat", "ngay", "thoi", "gian", "o", "dau", "nop",
    "giay", "to", "gi", "can", "mang", "theo", "ho", "so", "cac", "buoc", "lam", "the", "nao",
    "sao", "duoc", "khong", "online", "truc", "tuyen", "ket", "qua", "dieu", "kien", "ai", "can",
    "cu", "phap", "ly", "luat", "toi", "minh", "thi", "co", "va", "cho", "how", "long", "much",
    "what", "where", "who", "which", "documents", "fee", "cost", "time", "does", "it", "take",
    "need", "do", "i", "can", "the", "is", "are", "of", "to", "for", "a",
  ]

  /// Words that make a line a question: "bao lâu", "ở đâu", "gì", "không?", "how much"…
  private static let questionCues: Set<String> = [
    "bao", "gi", "dau", "nao", "khong", "sao", "ai", "may", "chua", "nhieu", "lau", "how",
    "what", "where", "when", "which", "who", "why", "much", "long", "can", "do", "does", "is",
    "are", "need", "phi", "giay", "buoc", "online", "truc", "dieu", "kien", "ket", "qua", "luat",
    "can", "mang", "nop", "o", "fee", "cost", "documents", "steps", "requirements", "result",
  ]

  /// Whether a line asks something: a question mark, or a word questions are made of.
  static func looksLikeQuestion(_ text: String) -> Bool {
    text.contains("?") || words(text).contains { questionCues.contains($0) }
  }

  /// The line without its question words: "làm hộ chiếu mất bao lâu?" → "hộ chiếu".
  static func contentWords(_ text: String) -> String {
    let syllables = VietnameseText.syllables(VietnameseText.normalize(text))
    let kept = syllables.filter { !pureQuestionWords.contains(VietnameseText.fold($0)) }
    return kept.isEmpty ? text : kept.joined(separator: " ")
  }

  /// Whether a question has words besides question words ("lệ phí bao nhiêu" has none).
  static func hasContentWords(_ text: String) -> Bool {
    words(text).contains { !questionWords.contains($0) && $0.count > 1 }
  }

  /// Words that only ask, never name a procedure.
  private static let pureQuestionWords: Set<String> = [
    "bao", "lau", "nhieu", "o", "dau", "gi", "the", "nao", "sao", "khong", "duoc", "mat", "thi",
    "toi", "minh", "ai", "may", "a", "nhe", "vay", "how", "long", "much", "what", "where", "who",
    "which", "does", "it", "take", "do", "i", "is", "are", "of", "for", "the",
  ]

  /// Whether a question names a procedure other than the one chosen ("còn làm hộ chiếu mất bao
  /// lâu?" while on khai sinh): two or more of its content words are not in the chosen name.
  static func namesAnotherNeed(_ text: String, than procedure: Procedure?) -> Bool {
    guard let procedure else { return false }
    let nameWords = Set(words(procedure.name))
    let content = words(text).filter { !questionWords.contains($0) && $0.count > 1 }
    return content.filter { !nameWords.contains($0) }.count >= 2
  }
}
