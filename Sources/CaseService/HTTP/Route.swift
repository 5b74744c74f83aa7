import Hummingbird

/// The routes of API v1 (docs/openapi.yaml). A route's pattern is its name in logs and metrics;
/// raw paths never are (they may hold anything a client typed).
enum Route: String, Sendable, CaseIterable {
  case submit = "/v1/cases"
  case lookup = "/v1/cases/{dossier}"
  case changeStatus = "/v1/cases/{dossier}/status"
  case health = "/healthz"
  case metrics = "/metrics"

  /// The label of requests that matched no route.
  static let unmatched = "unmatched"

  /// The one method each route answers.
  var method: HTTPRequest.Method {
    switch self {
    case .submit: return .post
    case .lookup, .health, .metrics: return .get
    case .changeStatus: return .patch
    }
  }

  /// The route of `path` (without its query) and its `{dossier}` segment, still percent-encoded.
  static func match(_ path: String) -> (route: Route, dossier: Substring?)? {
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    guard segments.first == "" else { return nil }
    switch segments.dropFirst().count {
    case 1 where segments[1] == "healthz": return (.health, nil)
    case 1 where segments[1] == "metrics": return (.metrics, nil)
    case 2 where segments[1] == "v1" && segments[2] == "cases": return (.submit, nil)
    case 3 where segments[1] == "v1" && segments[2] == "cases" && !segments[3].isEmpty:
      return (.lookup, segments[3])
    case 4
    where segments[1] == "v1" && segments[2] == "cases" && !segments[3].isEmpty
      && segments[4] == "status":
      return (.changeStatus, segments[3])
    default: return nil
    }
  }
}

/// The label of a method in metrics and logs: known methods only.
func methodLabel(_ method: HTTPRequest.Method) -> String {
  switch method {
  case .get, .post, .put, .patch, .delete, .head, .options: return method.rawValue
  default: return "OTHER"
  }
}
