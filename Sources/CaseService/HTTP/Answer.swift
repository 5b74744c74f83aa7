import CaseModel
import Foundation
import HTTPTypes
import Hummingbird

/// A problem on its way out, with the headers it needs (`WWW-Authenticate`, `Allow`,
/// `Retry-After`). Handlers throw it; the responder turns it into the answer.
struct ProblemAnswer: Error {
  var problem: Problem
  var headers: HTTPFields

  init(_ problem: Problem, headers: HTTPFields = [:]) {
    self.problem = problem
    self.headers = headers
  }

  init(
    _ kind: ProblemKind, detail: String, errors: [Problem.FieldError]? = nil,
    headers: HTTPFields = [:]
  ) {
    self.init(Problem(kind, detail: detail, errors: errors), headers: headers)
  }
}

/// Builds responses: JSON bodies with their length, problem details.
enum Answer {
  static let jsonType = "application/json"

  static func json(status: Int, body: Data, headers: HTTPFields = [:]) -> Response {
    make(status: status, contentType: jsonType, body: body, headers: headers)
  }

  static func json(status: Int, _ value: some Encodable, headers: HTTPFields = [:]) throws
    -> Response
  {
    json(status: status, body: try CaseJSON.encoder().encode(value), headers: headers)
  }

  static func problem(_ answer: ProblemAnswer) -> Response {
    // A problem always encodes (strings and ints only); the fallback keeps the contract anyway.
    let body =
      (try? CaseJSON.encoder().encode(answer.problem))
      ?? Data(#"{"status":\#(answer.problem.status),"title":"Lỗi","type":"about:blank"}"#.utf8)
    return make(
      status: answer.problem.status, contentType: Problem.contentType, body: body,
      headers: answer.headers)
  }

  static func text(status: Int, _ text: String, contentType: String) -> Response {
    make(status: status, contentType: contentType, body: Data(text.utf8), headers: [:])
  }

  private static func make(status: Int, contentType: String, body: Data, headers: HTTPFields)
    -> Response
  {
    var fields = headers
    fields[.contentType] = contentType
    fields[.cacheControl] = "no-store"
    fields[.init("X-Content-Type-Options")!] = "nosniff"
    return Response(
      status: HTTPResponse.Status(code: status), headers: fields,
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
  }
}
