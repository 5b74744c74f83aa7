import Foundation

/// The bearer tokens the service accepts and who each belongs to, read from a tokens file:
/// one `ROLE TOKEN [KIOSK-ID]` a line (ROLE `kiosk`, which needs a KIOSK-ID, or `staff`), `#`
/// comments and blank lines. Tokens are secrets: no message ever prints one.
public struct TokenTable: Sendable {
  public struct Entry: Sendable, Equatable {
    public var token: String
    public var principal: Principal

    public init(token: String, principal: Principal) {
      self.token = token
      self.principal = principal
    }
  }

  public let entries: [Entry]

  public init(_ entries: [Entry]) {
    self.entries = entries
  }

  /// Who `token` belongs to, or nil. Compares every entry in constant time per byte, so the
  /// answer's timing tells nothing about how much of a token was right.
  public func principal(for token: String) -> Principal? {
    let candidate = Array(token.utf8)
    var found: Principal?
    for entry in entries where Self.constantTimeEqual(Array(entry.token.utf8), candidate) {
      found = entry.principal
    }
    return found
  }

  /// The first token of kiosk `id` (for the kiosk chat that starts the service itself).
  public func token(forKiosk id: String) -> String? {
    entries.first { $0.principal == .kiosk(id: id) }?.token
  }

  /// The kiosk ids, in file order, each once.
  public var kioskIDs: [String] {
    var seen: Set<String> = []
    return entries.compactMap { entry in
      guard case .kiosk(let id) = entry.principal, seen.insert(id).inserted else { return nil }
      return id
    }
  }

  static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    var difference = UInt8(truncatingIfNeeded: left.count ^ right.count)
    for index in 0..<max(left.count, right.count) {
      let a = index < left.count ? left[index] : 0
      let b = index < right.count ? right[index] : 0
      difference |= a ^ b
    }
    return difference == 0 && left.count == right.count
  }
}
