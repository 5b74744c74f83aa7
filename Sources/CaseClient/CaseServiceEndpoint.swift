import Foundation

/// Where the kiosk hands cases off: the service's base URL and the kiosk's bearer token.
public struct CaseServiceEndpoint: Sendable, Equatable {
  public var baseURL: String
  public var token: String
  /// The kiosk id the token belongs to; sent in every submission.
  public var kioskID: String

  public init(baseURL: String, token: String, kioskID: String) {
    var base = baseURL
    while base.hasSuffix("/") { base.removeLast() }
    self.baseURL = base
    self.token = token
    self.kioskID = kioskID
  }
}
