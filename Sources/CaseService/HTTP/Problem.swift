import CaseModel
import Foundation

/// An RFC 9457 problem-details answer (`application/problem+json`): a stable type URI, a
/// Vietnamese title for people, an English detail for developers. Details never repeat what the
/// client sent (no personal data, no raw values).
public struct Problem: Sendable, Equatable, Codable, Error {
  /// One finding of a validation, for `errors`.
  public struct FieldError: Sendable, Equatable, Codable {
    /// Where: a JSON pointer into the body ("/applicant/id_number"), or a header or query name.
    public var pointer: String
    /// A stable machine code ("id_number_length").
    public var code: String
    /// In English.
    public var detail: String
    /// In Vietnamese, for the citizen.
    public var title: String

    public init(pointer: String, code: String, detail: String, title: String) {
      self.pointer = pointer
      self.code = code
      self.detail = detail
      self.title = title
    }
  }

  public var type: String
  public var title: String
  public var status: Int
  public var detail: String
  public var errors: [FieldError]?
  /// For a refused status change: where the dossier stands.
  public var currentStatus: CaseStatus?

  public init(
    _ kind: ProblemKind, detail: String, errors: [FieldError]? = nil,
    currentStatus: CaseStatus? = nil
  ) {
    self.type = kind.typeURI
    self.title = kind.title
    self.status = kind.status
    self.detail = detail
    self.errors = errors
    self.currentStatus = currentStatus
  }

  enum CodingKeys: String, CodingKey {
    case type, title, status, detail, errors
    case currentStatus = "current_status"
  }

  public static let contentType = "application/problem+json"
}

/// The kinds of problem the service answers with; each has its own type URI.
public enum ProblemKind: String, Sendable, CaseIterable {
  case unauthorized
  case forbidden
  case notFound = "not-found"
  case methodNotAllowed = "method-not-allowed"
  case missingIdempotencyKey = "invalid-idempotency-key"
  case invalidBody = "invalid-body"
  case invalidQuery = "invalid-query"
  case unsupportedMediaType = "unsupported-media-type"
  case bodyTooLarge = "body-too-large"
  case validation = "validation-failed"
  case idempotencyMismatch = "idempotency-key-reused"
  case inFlight = "request-in-flight"
  case statusConflict = "status-transition-not-allowed"
  case unavailable = "service-unavailable"

  public var typeURI: String { "https://troly.vn/problems/\(rawValue)" }

  public var status: Int {
    switch self {
    case .unauthorized: return 401
    case .forbidden: return 403
    case .notFound: return 404
    case .methodNotAllowed: return 405
    case .missingIdempotencyKey, .invalidBody, .invalidQuery: return 400
    case .unsupportedMediaType: return 415
    case .bodyTooLarge: return 413
    case .validation, .idempotencyMismatch: return 422
    case .inFlight, .statusConflict: return 409
    case .unavailable: return 503
    }
  }

  /// For people, in Vietnamese.
  public var title: String {
    switch self {
    case .unauthorized: return "Chưa xác thực: thiếu hoặc sai mã truy cập."
    case .forbidden: return "Không có quyền thực hiện thao tác này."
    case .notFound: return "Không tìm thấy."
    case .methodNotAllowed: return "Phương thức không được hỗ trợ cho địa chỉ này."
    case .missingIdempotencyKey: return "Thiếu hoặc sai tiêu đề Idempotency-Key."
    case .invalidBody: return "Nội dung yêu cầu không hợp lệ."
    case .invalidQuery: return "Tham số truy vấn không hợp lệ."
    case .unsupportedMediaType: return "Nội dung phải ở dạng JSON."
    case .bodyTooLarge: return "Nội dung yêu cầu quá lớn."
    case .validation: return "Thông tin hồ sơ chưa hợp lệ."
    case .idempotencyMismatch: return "Idempotency-Key đã được dùng cho một yêu cầu khác."
    case .inFlight: return "Yêu cầu với Idempotency-Key này đang được xử lý."
    case .statusConflict: return "Không thể chuyển hồ sơ sang trạng thái này."
    case .unavailable: return "Dịch vụ tạm thời không khả dụng, vui lòng thử lại sau."
    }
  }
}
