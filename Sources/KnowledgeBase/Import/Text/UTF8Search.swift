extension StringProtocol {
  /// The first (or last) range of `needle`, compared byte by byte in UTF-8 — both sides are NFC
  /// after cleaning, so this is exact, and much cheaper than Foundation's `range(of:)`.
  func utf8Range(of needle: String, backwards: Bool = false) -> Range<Index>? {
    let pattern = Array(needle.utf8)
    let found =
      utf8.withContiguousStorageIfAvailable {
        Self.offset(of: pattern, in: $0, backwards: backwards)
      }
      ?? Array(utf8).withUnsafeBufferPointer {
        Self.offset(of: pattern, in: $0, backwards: backwards)
      }
    guard let found else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: found)
    return lower..<utf8.index(lower, offsetBy: pattern.count)
  }

  /// True when `needle` occurs, compared in UTF-8.
  func containsUTF8(_ needle: String) -> Bool {
    utf8Range(of: needle) != nil
  }

  private static func offset(
    of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, backwards: Bool
  ) -> Int? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    let starts = 0...(bytes.count - pattern.count)
    let matches = { (start: Int) -> Bool in
      guard bytes[start] == first else { return false }
      for offset in 1..<pattern.count where bytes[start + offset] != pattern[offset] {
        return false
      }
      return true
    }
    return backwards ? starts.reversed().first(where: matches) : starts.first(where: matches)
  }
}
