import Foundation
import Hummingbird

extension CaseResponder {
  /// `GET /healthz`, open: 200 when the store answers.
  func health() async throws -> Response {
    _ = try await withStore("health") { try await store.count() }
    return try Answer.json(status: 200, ["status": "ok"])
  }

  /// `GET /metrics`, staff only: Prometheus text format 0.0.4.
  func metricsText(_ request: Request) async throws -> Response {
    let principal = try Authentication.principal(of: request, in: tokens)
    try Authentication.requireStaff(principal)
    let stored = try? await store.count()
    return Answer.text(
      status: 200, metrics.render(storedCases: stored),
      contentType: "text/plain; version=0.0.4; charset=utf-8")
  }
}
