/// What the dialogue needs from the knowledge base: ranked procedures for what a citizen typed,
/// and a procedure by code. `Searcher` is the real one; the dialogue engine knows only this.
public protocol ProcedureCatalog: Sendable {
  func search(_ text: String, limit: Int) throws -> [SearchResult]
  func procedure(code: String) throws -> Procedure?
  /// Whether `text` reads as English (the search's own reading: glossary phrases and English
  /// words, no Vietnamese marks).
  func isEnglish(_ text: String) -> Bool
}

extension Searcher: ProcedureCatalog {
  public func search(_ text: String, limit: Int) throws -> [SearchResult] {
    try search(text, limit: limit, explain: false).results
  }
}
