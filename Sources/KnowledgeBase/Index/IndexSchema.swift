/// The layout of `var/index.sqlite`. Bump `version` whenever it or the text preparation changes:
/// an index of another version counts as stale and is rebuilt.
enum IndexSchema {
  static let version = "3"

  /// Column order of the full-text table; `Ranking.columnWeights` follows it.
  static let ftsColumns = ["name", "name_pairs", "keywords", "body", "body_pairs"]

  static let statements = [
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """
    CREATE TABLE procedure(
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      name_terms TEXT NOT NULL,
      levels TEXT NOT NULL,
      origin TEXT NOT NULL,
      json TEXT NOT NULL)
    """,
    """
    CREATE VIRTUAL TABLE document USING fts5(
      \(ftsColumns.joined(separator: ", ")),
      content='', tokenize="unicode61 tokenchars '_'")
    """,
    """
    CREATE TABLE term(term TEXT PRIMARY KEY, df INTEGER NOT NULL, name_df INTEGER NOT NULL)
      WITHOUT ROWID
    """,
    """
    CREATE TABLE typo(variant TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY(variant, term))
      WITHOUT ROWID
    """,
  ]
}
