import HTTPTypes
import Hummingbird

/// The `Idempotency-Key` header of a submission: exactly one, 1 to 255 printable ASCII
/// characters. The key's value never appears in an answer or a log line.
enum IdempotencyKeyHeader {
  static let name = HTTPField.Name("Idempotency-Key")!
  static let maximumLength = 255

  static func value(of request: Request) throws -> String {
    let values = request.headers[values: name]
    guard !values.isEmpty else {
      throw invalid("the Idempotency-Key header is missing", code: "missing")
    }
    guard values.count == 1 else {
      throw invalid("send exactly one Idempotency-Key header", code: "repeated")
    }
    let key = values[0]
    guard !key.isEmpty else { throw invalid("the Idempotency-Key header is empty", code: "empty") }
    guard key.utf8.count <= maximumLength else {
      throw invalid(
        "the Idempotency-Key header is longer than \(maximumLength) characters", code: "too_long")
    }
    guard key.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) else {
      throw invalid(
        "the Idempotency-Key header must be printable ASCII without spaces",
        code: "not_printable")
    }
    return key
  }

  private static func invalid(_ detail: String, code: String) -> ProblemAnswer {
    ProblemAnswer(
      .missingIdempotencyKey, detail: detail,
      errors: [
        Problem.FieldError(
          pointer: "header:Idempotency-Key", code: code, detail: detail,
          title: "Tiêu đề Idempotency-Key phải có 1–255 ký tự in được.")
      ])
  }
}
