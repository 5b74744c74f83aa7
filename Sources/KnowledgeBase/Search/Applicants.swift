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

  /// Whether the query (its folded syllables) speaks of foreigners or of abroad.
  static func mentionsForeign(_ words: [String]) -> Bool {
    [["nuoc", "ngoai"], ["ngoai", "quoc"], ["viet", "kieu"]].contains {
      !Terms.occurrences(of: $0, in: words).isEmpty
    }
  }

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
