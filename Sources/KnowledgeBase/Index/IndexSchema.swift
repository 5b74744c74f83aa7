/// The layout of `var/index.sqlite`. Bump `version` whenever it or the text preparation changes:
/// an index of another version counts as stale and is rebuilt.
enum IndexSchema {
  static let version = "18"

  static let statements = [
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """
    CREATE TABLE procedure(
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      name_words TEXT NOT NULL,
      name_word_ids BLOB NOT NULL,
      name_term_ids BLOB NOT NULL,
      name_pair_ids BLOB NOT NULL,
      name_weights BLOB NOT NULL,
      excluded_pair_ids BLOB NOT NULL,
      levels TEXT NOT NULL,
      origin TEXT NOT NULL,
      for_individuals INTEGER NOT NULL,
      for_foreigners INTEGER NOT NULL,
      variant_group INTEGER NOT NULL)
    """,
    // Kept apart so the ranking's name rows sit on few pages.
    "CREATE TABLE procedure_detail(id INTEGER PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE posting(id INTEGER PRIMARY KEY, entries BLOB NOT NULL)",
    "CREATE TABLE word(word TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE statistic(key TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID",
    """
    CREATE TABLE term(
      term TEXT PRIMARY KEY, id INTEGER NOT NULL, df INTEGER NOT NULL, name_df INTEGER NOT NULL)
      WITHOUT ROWID
    """,
    """
    CREATE TABLE typo(variant TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY(variant, term))
      WITHOUT ROWID
    """,
  ]
}
