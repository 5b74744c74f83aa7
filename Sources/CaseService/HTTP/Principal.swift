/// Who sent a request, as its bearer token says.
public enum Principal: Sendable, Equatable {
  /// A kiosk: may submit its own cases and read a case with its dossier number and ID number.
  case kiosk(id: String)
  /// Staff: may read any case, change statuses and read metrics.
  case staff

  /// The name idempotency keys are scoped to: the kiosk id, or "staff" (which no kiosk may be
  /// called).
  public var name: String {
    switch self {
    case .kiosk(let id): return id
    case .staff: return "staff"
    }
  }

  public var isStaff: Bool { self == .staff }
}
