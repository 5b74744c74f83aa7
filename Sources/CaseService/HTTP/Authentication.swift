import Hummingbird

/// `Authorization: Bearer TOKEN` against the token table. A missing, malformed or unknown token
/// is 401 with `WWW-Authenticate: Bearer`; the token itself is never logged or echoed.
enum Authentication {
  static func principal(of request: Request, in tokens: TokenTable) throws -> Principal {
    let values = request.headers[values: .authorization]
    guard !values.isEmpty else {
      throw unauthorized("the request has no Authorization header", error: nil)
    }
    guard values.count == 1, let token = bearerToken(values[0]) else {
      throw unauthorized(
        "the Authorization header must be 'Bearer TOKEN'", error: "invalid_request")
    }
    guard let principal = tokens.principal(for: token) else {
      throw unauthorized("the bearer token is not known", error: "invalid_token")
    }
    return principal
  }

  /// Staff only: 403 for a kiosk.
  static func requireStaff(_ principal: Principal) throws {
    guard principal.isStaff else {
      throw ProblemAnswer(.forbidden, detail: "this operation needs a staff token")
    }
  }

  static func bearerToken(_ value: String) -> String? {
    let parts = value.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
    return String(parts[1])
  }

  private static func unauthorized(_ detail: String, error: String?) -> ProblemAnswer {
    var challenge = "Bearer realm=\"troly\""
    if let error { challenge += ", error=\"\(error)\"" }
    return ProblemAnswer(.unauthorized, detail: detail, headers: [.wwwAuthenticate: challenge])
  }
}
