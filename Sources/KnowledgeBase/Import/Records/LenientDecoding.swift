extension KeyedDecodingContainer {
  /// The value at `key` as text: a string, or a number written out; nil when absent, null or
  /// of another type. One odd cell must not cost the whole record.
  func text(_ key: Key) -> String? {
    if let string = try? decodeIfPresent(String.self, forKey: key) { return string }
    if let number = try? decodeIfPresent(Int.self, forKey: key) { return String(number) }
    if let number = try? decodeIfPresent(Double.self, forKey: key) { return String(number) }
    return nil
  }
}
