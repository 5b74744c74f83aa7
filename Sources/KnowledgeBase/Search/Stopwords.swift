import VietnameseText

/// Words of conversation, not of procedures: "tôi muốn … thì làm sao?". They still count for
/// adjacency, but weigh little in coverage and are not searched on their own.
enum Stopwords {
  /// Matched on the accented syllable when the query has diacritics.
  static let accented: Set<String> = [
    "tôi", "mình", "em", "anh", "chị", "ông", "bà", "cô", "chú", "bác", "bạn", "chúng", "muốn",
    "cần", "phải", "làm", "sao", "thế", "nào", "gì", "ở", "đâu", "được", "không", "thì", "là", "và",
    "với", "ạ", "nhé", "vậy", "ơi", "giúp", "hỏi", "rồi", "nên", "sẽ", "đã", "đang", "mà", "như",
    "nếu", "khi", "những", "nhưng", "các", "này", "đó", "ấy", "để", "bao", "lâu", "nhiêu", "tiền",
    "về", "tại", "của", "cho", "hay", "hoặc", "có", "ai", "gì", "muốn", "xin", "cách", "thủ", "tục",
  ].reduce(into: Set<String>()) { $0.insert(VietnameseText.normalize($1)) }

  /// Matched on unaccented syllables: only folded forms that rarely stand for a content word.
  static let folded: Set<String> = [
    "toi", "muon", "lam", "gi", "duoc", "khong", "nao", "phai", "nhe", "oi", "roi", "neu", "la",
    "va", "voi", "cua", "cho", "nhung", "cac", "nay", "hay", "hoac", "lau", "nhieu", "tien", "ai",
    "xin", "cach", "thu", "tuc",
  ]

  static func isStopword(accented: String, folded: String, queryHasDiacritics: Bool) -> Bool {
    // A query typed with marks types them where they belong: its "sao" is "sao", not "sáo".
    if queryHasDiacritics { return Self.accented.contains(accented) }
    return Self.folded.contains(folded)
  }

  /// Place words dropped from English queries that say nothing of the language ("ho" is also
  /// "hộ", "chi" "chị").
  static let englishPlaces: Set<String> = [
    "vietnam", "city", "ho", "chi", "minh", "hcmc", "saigon",
  ]

  /// English function words dropped from English queries.
  static let english: Set<String> = [
    "a", "an", "the", "my", "our", "your", "i", "we", "me", "to", "for", "of", "in", "on", "at",
    "with", "how", "do", "does", "can", "what", "where", "when", "is", "are", "am", "be", "and",
    "or", "want", "need", "please", "get", "from", "about", "it", "this", "that", "as", "by",
    "who", "which", "should", "would", "could", "will", "there", "has", "have", "vietnam",
    "living", "live", "city", "ho", "chi", "minh", "hcmc", "saigon", "help", "some", "any",
  ]
}
