import VietnameseText

/// Who applies. Most citizens at a kiosk apply for themselves or their family, and about 1,250
/// of the catalogue's procedures are for organisations only (a driving school's licence, an
/// employer's tax return): among equals, the ranking prefers procedures people may apply for —
/// unless the query speaks of an organisation.
enum Applicants {
  /// The portal's kinds of applicant that are people.
  static let individuals: Set<String> = [
    "công dân việt nam", "người nước ngoài", "người việt nam định cư ở nước ngoài",
    "người nước ngoài cư trú tại việt nam", "cán bộ, công chức, viên chức", "đảng viên",
    "cá nhân", "hộ gia đình",
  ]

  /// Whether people may apply; true when the portal names nobody.
  static func includesIndividuals(_ applicants: [String]) -> Bool {
    applicants.isEmpty
      || applicants.contains {
        individuals.contains($0.lowercased()) || $0.lowercased().contains("cá nhân")
      }
  }

  /// Whether foreigners may apply ("Người nước ngoài", "Người nước ngoài cư trú tại Việt Nam").
  static func includesForeigners(_ applicants: [String]) -> Bool {
    applicants.contains { $0.lowercased().hasPrefix("người nước ngoài") }
  }

  /// Whether the query (its folded syllables) speaks of foreigners or of abroad: "nước ngoài",
  /// "Việt kiều", or another country ("sinh ở Nhật", "quốc tịch Úc", "tòa bên Mỹ").
  static func mentionsForeign(_ words: [String]) -> Bool {
    foreignPhrases.contains { !Terms.occurrences(of: $0, in: words).isEmpty }
      || !countries(in: words).isEmpty
  }

  /// Where the query names another country. Short names that are also everyday syllables
  /// ("cập nhật", "pháp luật", "lao động") count after a word that puts a place or a
  /// nationality before them ("ở Mỹ", "quốc tịch Nhật").
  static func countries(in words: [String]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for country in countryNames { found += Terms.occurrences(of: country, in: words) }
    for i in words.indices.dropFirst()
    where placeWords.contains(words[i - 1]) && ambiguousCountries.contains(words[i]) {
      found.append(i..<(i + 1))
    }
    return found.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Folded phrases that speak of abroad.
  static let foreignPhrases: [[String]] = [
    ["nuoc", "ngoai"], ["ngoai", "quoc"], ["viet", "kieu"],
  ]
  /// Folded names of countries people go to or come from.
  static let countryNames: [[String]] = [
    ["han", "quoc"], ["nhat", "ban"],
    ["trung", "quoc"], ["dai", "loan"], ["thai", "lan"], ["campuchia"], ["singapore"],
    ["malaysia"], ["philippines"], ["indonesia"], ["canada"], ["australia"], ["uc"],
    ["hoa", "ky"], ["chau", "au"], ["an", "do"], ["hong", "kong"], ["new", "zealand"],
    ["ha", "lan"],
  ]
  /// Countries whose folded name is also an everyday syllable.
  static let ambiguousCountries: Set<String> = [
    "my", "nhat", "han", "phap", "duc", "nga", "lao",
  ]
  /// Words after which a country's name is meant ("ở Mỹ", "quốc tịch Nhật", "sang Đức").
  static let placeWords: Set<String> = ["o", "ben", "sang", "tai", "nuoc", "tich"]

  /// Folded words and phrases that put an organisation in a query.
  static let organisationWords: [[String]] = [
    ["cong", "ty"], ["doanh", "nghiep"], ["to", "chuc"], ["hop", "tac", "xa"], ["htx"],
    ["chi", "nhanh"], ["van", "phong", "dai", "dien"], ["tnhh"], ["co", "so"], ["truong"],
    ["benh", "vien"], ["ngan", "hang"], ["hiep", "hoi"], ["quy"], ["company"], ["companies"],
    ["business"], ["enterprise"], ["firm"], ["organization"], ["organisation"], ["employer"],
    ["school"], ["bank"], ["llc"], ["dn"],
  ]

  /// Whether the query (its folded syllables) speaks of an organisation.
  static func mentionsOrganisation(_ words: [String]) -> Bool {
    organisationWords.contains { !Terms.occurrences(of: $0, in: words).isEmpty }
  }
}
