/// Which vocabulary terms take part in typo repair.
enum Typos {
  /// Single syllables of letters only, long enough that one edit is a plausible slip.
  static func isRepairable(_ term: String) -> Bool {
    let scalars = term.unicodeScalars
    guard scalars.count >= 2, scalars.count <= 8 else { return false }
    return scalars.allSatisfy { $0.value >= 97 && $0.value <= 122 }
  }
}
