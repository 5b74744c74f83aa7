extension VietnameseText {
  /// The Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
  /// substitutions and swaps of two adjacent scalars, each costing 1) between `a` and `b`,
  /// counted on Unicode scalars; nil when it exceeds `limit`.
  ///
  /// Compare normalized (NFC) strings: a precomposed "ấ" is one scalar. Runs in
  /// O(`a.count` × `b.count`) time without heap allocation for tokens up to a few hundred
  /// scalars, and stops early once every alignment exceeds `limit`.
  public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
    guard limit >= 0 else { return nil }
    let lengthA = a.unicodeScalars.count
    let lengthB = b.unicodeScalars.count
    guard abs(lengthA - lengthB) <= limit else { return nil }
    if lengthA == 0 || lengthB == 0 { return max(lengthA, lengthB) }
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: lengthA + lengthB) { text in
      var index = 0
      for scalar in a.unicodeScalars {
        text[index] = scalar.value
        index += 1
      }
      for scalar in b.unicodeScalars {
        text[index] = scalar.value
        index += 1
      }
      let first = UnsafeBufferPointer(rebasing: text[0..<lengthA])
      let second = UnsafeBufferPointer(rebasing: text[lengthA...])
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (lengthB + 1)) { rows in
        optimalAlignment(first, second, limit: limit, rows: rows)
      }
    }
  }

  /// Optimal string alignment distance with three rolling rows of `b.count + 1` cells.
  private static func optimalAlignment(
    _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int,
    rows: UnsafeMutableBufferPointer<Int>
  ) -> Int? {
    let width = b.count + 1
    var twoBack = 0
    var previous = width
    var current = 2 * width
    for column in 0..<width {
      rows[previous + column] = column
      rows[twoBack + column] = column
    }
    for i in 1...a.count {
      rows[current] = i
      var rowMinimum = i
      for j in 1..<width {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(
          rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, rows[twoBack + j - 2] + 1)
        }
        rows[current + j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    let distance = rows[previous + width - 1]
    return distance <= limit ? distance : nil
  }

  /// The SymSpell deletion variants of `token`.
  ///
  /// Every string obtained by deleting up to `distance` Unicode scalars, the token itself
  /// included. Two tokens within edit distance
  /// `distance` of each other share at least one variant, which makes a typo index: map every
  /// variant of the vocabulary to its words, look up the variants of a query token, then
  /// confirm with ``editDistance(_:_:limit:)``.
  public static func deletes(_ token: String, distance: Int = 1) -> Set<String> {
    var result: Set<String> = [token]
    var frontier: [[Unicode.Scalar]] = [Array(token.unicodeScalars)]
    var level = 0
    while level < distance, !frontier.isEmpty {
      var next: [[Unicode.Scalar]] = []
      for scalars in frontier where !scalars.isEmpty {
        for index in scalars.indices {
          var variant = scalars
          variant.remove(at: index)
          var text = ""
          text.unicodeScalars.append(contentsOf: variant)
          if result.insert(text).inserted { next.append(variant) }
        }
      }
      frontier = next
      level += 1
    }
    return result
  }
}
