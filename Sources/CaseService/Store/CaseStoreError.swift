/// Why a store refused or failed. The messages name tables and fields, never their values: no
/// personal data, no password.
public enum CaseStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `create` found no pending claim for its key: it was released, never made, or another request
  /// that took over the stale claim has already created the case.
  case claimNotPending
  /// A row holds a value the store cannot read back (an unknown status, a malformed dossier).
  case unreadableRow(table: String, column: String)
  /// The unit code is not 2 to 10 capital letters or digits (see `DossierNumber.isUnit`).
  case invalidUnit
  /// The PostgreSQL URL cannot be used; the reason never repeats the URL.
  case invalidPostgresURL(String)
  /// The store was closed.
  case closed

  public var description: String {
    switch self {
    case .claimNotPending:
      return "the idempotency key has no pending claim (released, or already used for a case)"
    case .unreadableRow(let table, let column):
      return "\(table).\(column) holds a value the case store cannot read"
    case .invalidUnit:
      return "the unit code must be 2 to 10 capital letters or digits"
    case .invalidPostgresURL(let reason):
      return "invalid PostgreSQL URL: \(reason)"
    case .closed:
      return "the case store is closed"
    }
  }
}
