import CaseModel
import Foundation
import Hummingbird
import Logging

/// Answers every request of the service: routes it (404/405 as problems), runs its endpoint,
/// turns every failure into a problem, then counts it and logs one line (method, route pattern,
/// status, duration; never the raw path, the query or a body).
struct CaseResponder: HTTPResponder {
  typealias Context = BasicRequestContext

  let store: any CaseStore
  let procedureExists: @Sendable (String) -> Bool
  let tokens: TokenTable
  let unit: String
  let maximumBodyBytes: Int
  let clock: @Sendable () -> Date
  let metrics: ServiceMetrics
  let logger: Logger

  func respond(to request: Request, context: Context) async throws -> Response {
    let started = ContinuousClock.now
    let matched = Route.match(request.uri.path)
    var response: Response
    do {
      guard let (route, dossier) = matched else {
        throw ProblemAnswer(.notFound, detail: "no such resource")
      }
      guard request.method == route.method else {
        throw ProblemAnswer(
          .methodNotAllowed, detail: "this resource answers \(route.method.rawValue) only",
          headers: [.allow: route.method.rawValue])
      }
      response = try await endpoint(route, dossier: dossier, request: request)
    } catch let answer as ProblemAnswer {
      response = Answer.problem(answer)
    } catch {
      logger.error(
        "unexpected failure",
        metadata: ["error": .string(PersonalData.mask(String(describing: type(of: error))))])
      response = Answer.problem(Self.unavailable)
    }
    let elapsed = ContinuousClock.now - started
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let route = matched?.route.rawValue ?? Route.unmatched
    let method = methodLabel(request.method)
    metrics.record(route: route, method: method, status: response.status.code, seconds: seconds)
    let milliseconds = String(format: "%.2f", seconds * 1000)
    logger.info(
      "\(PersonalData.mask("\(method) \(route) \(response.status.code) \(milliseconds) ms"))",
      metadata: ["request": .string(context.id)])
    return response
  }

  private func endpoint(_ route: Route, dossier: Substring?, request: Request) async throws
    -> Response
  {
    switch route {
    case .submit: return try await submit(request)
    case .lookup: return try await lookup(request, dossier: dossier ?? "")
    case .changeStatus: return try await changeStatus(request, dossier: dossier ?? "")
    case .health: return try await health()
    case .metrics: return try await metricsText(request)
    }
  }

  static let unavailable = ProblemAnswer(
    .unavailable, detail: "the case store did not answer; try again later",
    headers: [.retryAfter: "1"])

  /// Runs a store call; any failure is logged (masked, without values) and becomes 503.
  func withStore<Value>(_ what: String, _ body: () async throws -> Value) async throws -> Value {
    do {
      return try await body()
    } catch {
      logStoreFailure(what, error)
      throw Self.unavailable
    }
  }

  func logStoreFailure(_ what: String, _ error: any Error) {
    let description = PersonalData.mask(String(describing: error))
    logger.error(
      "case store failed",
      metadata: [
        "operation": .string(what), "error": .string(String(description.prefix(300))),
      ])
  }
}
