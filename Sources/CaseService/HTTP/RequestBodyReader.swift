import CaseModel
import Foundation
import Hummingbird

/// Reads and decodes JSON bodies: media type (415), size (413), JSON and shape (400). Decoding
/// problems name the field, never the value that was sent.
enum RequestBodyReader {
  static func read(_ request: Request, limit: Int) async throws -> Data {
    if let type = request.headers[.contentType] {
      let media = type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces)
        .lowercased()
      guard media == "application/json" || media?.hasSuffix("+json") == true else {
        throw ProblemAnswer(
          .unsupportedMediaType, detail: "the body must be application/json")
      }
    }
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw tooLarge(limit)
    }
    do {
      let buffer = try await request.body.collect(upTo: limit)
      return Data(buffer.readableBytesView)
    } catch let error as HTTPResponseError where error.status == .contentTooLarge {
      throw tooLarge(limit)
    } catch {
      throw ProblemAnswer(.invalidBody, detail: "the body could not be read")
    }
  }

  static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
    guard !data.isEmpty else {
      throw ProblemAnswer(.invalidBody, detail: "the body is empty; send a JSON object")
    }
    do {
      return try CaseJSON.decoder().decode(type, from: data)
    } catch let error as DecodingError {
      let error = describe(error)
      throw ProblemAnswer(.invalidBody, detail: error.detail, errors: [error])
    } catch {
      throw ProblemAnswer(.invalidBody, detail: "the body is not valid JSON")
    }
  }

  static func tooLarge(_ limit: Int) -> ProblemAnswer {
    ProblemAnswer(
      .bodyTooLarge, detail: "the body is larger than \(limit) bytes",
      headers: [.connection: "close"])
  }

  /// What went wrong, and where, without the value.
  static func describe(_ error: DecodingError) -> Problem.FieldError {
    switch error {
    case .typeMismatch(let type, let context):
      if context.codingPath.isEmpty {
        return field([], "not_an_object", "the body must be a JSON object")
      }
      return field(context.codingPath, "wrong_type", "must be \(jsonTypeName(type))")
    case .valueNotFound(let type, let context):
      return field(context.codingPath, "null", "must be \(jsonTypeName(type)), not null")
    case .keyNotFound(let key, let context):
      return field(context.codingPath + [key], "missing", "is required")
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return field([], "invalid_json", "the body is not valid JSON")
      }
      if context.debugDescription.hasPrefix("unknown field") {
        return field(context.codingPath, "unknown_field", "is not a known field")
      }
      if context.debugDescription.hasPrefix("not an ISO 8601") {
        return field(context.codingPath, "invalid_date", "must be an ISO 8601 date-time")
      }
      return field(context.codingPath, "invalid_value", "has a value that is not allowed")
    @unknown default:
      return field([], "invalid", "the body could not be decoded")
    }
  }

  private static func field(_ path: [any CodingKey], _ code: String, _ what: String)
    -> Problem.FieldError
  {
    let pointer = JSONPointer.make(path)
    let detail = path.isEmpty ? what : "\(pointer) \(what)"
    return Problem.FieldError(
      pointer: pointer, code: code, detail: detail,
      title: "Nội dung yêu cầu có trường sai kiểu, thiếu hoặc không được biết.")
  }

  private static func jsonTypeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Bool.Type: return "a boolean"
    case is Int.Type, is Double.Type: return "a number"
    case is [String].Type: return "an array of strings"
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array") { return "an array" }
      if name.hasPrefix("Dictionary") || name.hasPrefix("[") { return "a JSON object" }
      return "a JSON object"
    }
  }
}

/// JSON pointers (RFC 6901) to fields, built from coding paths. Keys the client sent are
/// reduced to safe characters and masked, so a pointer cannot carry personal data or markup.
enum JSONPointer {
  static func make(_ path: [any CodingKey]) -> String {
    guard !path.isEmpty else { return "" }
    return path.map { key in
      if let index = key.intValue { return "/\(index)" }
      return "/" + safe(key.stringValue)
    }.joined()
  }

  static func safe(_ key: String) -> String {
    let kept = key.unicodeScalars.prefix(64).map { scalar -> String in
      let allowed =
        scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
          || scalar == "-" || scalar == ".")
      return allowed ? String(scalar) : "_"
    }.joined()
    let masked = PersonalData.mask(kept)
    return key.unicodeScalars.count > 64 ? masked + "..." : masked
  }
}
