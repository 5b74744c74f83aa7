import Yams

/// Procedures as editors read them: the same keys an override or a local file uses.
public enum ProcedureYAML {
  public static func render(_ procedure: Procedure) throws -> String {
    let encoder = YAMLEncoder()
    encoder.options.allowUnicode = true
    encoder.options.width = 100
    return try encoder.encode(procedure)
  }

  /// A starting override for `procedure`: the code, and every current value commented out, so
  /// the editor uncomments only what they change and the rest keeps following the portal.
  public static func overrideTemplate(for procedure: Procedure) throws -> String {
    var copy = procedure
    copy.origin = ""
    let body = try render(copy)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("code:") && !$0.hasPrefix("origin:") }
      .map { $0.isEmpty ? "" : "# \($0)" }
      .joined(separator: "\n")
    return """
      # Sửa đổi của biên tập viên cho thủ tục \(procedure.code): \(procedure.name)
      # Bỏ dấu # trước trường cần sửa rồi sửa giá trị; các trường còn lại tiếp tục theo dữ liệu
      # cổng dịch vụ công. Thêm local_note (ghi chú cho người dân thành phố) và keywords (từ khoá
      # tìm kiếm) nếu cần. Sau đó chạy: troly index build
      code: "\(procedure.code)"
      # local_note: ""
      # keywords: []

      \(body)
      """
  }
}
