/// The statuses of a dossier in the one-stop systems (Hệ thống thông tin giải quyết thủ tục hành
/// chính), and the moves allowed between them.
public enum CaseStatus: String, Sendable, Equatable, Codable, CaseIterable {
  case registered = "moi_dang_ky"
  case accepted = "duoc_tiep_nhan"
  case notAccepted = "khong_duoc_tiep_nhan"
  case processing = "dang_xu_ly"
  case supplementRequested = "yeu_cau_bo_sung"
  case awaitingPayment = "cho_thuc_hien_nghia_vu_tai_chinh"
  case processed = "da_xu_ly_xong"
  case resultReturned = "da_tra_ket_qua"
  case withdrawn = "rut_ho_so"
  case stopped = "dung_xu_ly"

  /// The name citizens and staff see.
  public var label: String {
    switch self {
    case .registered: return "Mới đăng ký"
    case .accepted: return "Được tiếp nhận"
    case .notAccepted: return "Không được tiếp nhận"
    case .processing: return "Đang xử lý"
    case .supplementRequested: return "Yêu cầu bổ sung"
    case .awaitingPayment: return "Chờ thực hiện nghĩa vụ tài chính"
    case .processed: return "Đã xử lý xong"
    case .resultReturned: return "Đã trả kết quả"
    case .withdrawn: return "Rút hồ sơ"
    case .stopped: return "Dừng xử lý"
    }
  }

  /// The name in English, for replies in English.
  public var englishLabel: String {
    switch self {
    case .registered: return "Registered"
    case .accepted: return "Accepted"
    case .notAccepted: return "Not accepted"
    case .processing: return "Being processed"
    case .supplementRequested: return "More documents requested"
    case .awaitingPayment: return "Awaiting payment of fees"
    case .processed: return "Processed"
    case .resultReturned: return "Result returned"
    case .withdrawn: return "Withdrawn"
    case .stopped: return "Stopped"
    }
  }

  /// The statuses a dossier in this status may move to; empty for final statuses.
  public var next: Set<CaseStatus> {
    switch self {
    case .registered: return [.accepted, .notAccepted, .withdrawn]
    case .accepted: return [.processing, .withdrawn]
    case .processing:
      return [.supplementRequested, .awaitingPayment, .processed, .stopped, .withdrawn]
    case .supplementRequested: return [.processing, .stopped, .withdrawn]
    case .awaitingPayment: return [.processing, .processed, .stopped, .withdrawn]
    case .processed: return [.resultReturned]
    case .notAccepted, .resultReturned, .withdrawn, .stopped: return []
    }
  }

  public func canMove(to status: CaseStatus) -> Bool { next.contains(status) }
}
