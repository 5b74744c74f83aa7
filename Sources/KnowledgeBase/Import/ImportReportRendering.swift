extension ImportReport {
  /// The report as `troly kb report` prints it, in Vietnamese, one field a line, e.g.
  /// `  thành phần hồ sơ: 12 / 9.845 dòng không tách được (0,12%)`, each followed by up to
  /// `examples` of its unsplit rows; then duplicates, unreadable lines and repaired records.
  /// Ends with a line break.
  public func render(examples: Int = 10) -> String {
    var lines: [String] = []
    for field in fields {
      lines.append("  " + field.summary)
      for row in field.unsplit.prefix(max(examples, 0)) {
        lines.append("    \(row.code) [\(row.reason)]: \(row.text)")
      }
      if field.unsplit.count > examples && examples > 0 {
        lines.append("    … và \(Self.grouped(field.unsplit.count - examples)) dòng khác")
      }
    }
    if !duplicates.isEmpty {
      lines.append("  mã trùng: \(Self.grouped(duplicates.count)) (giữ bản ghi đầu tiên)")
      for duplicate in duplicates.prefix(max(examples, 0)) {
        lines.append(
          "    \(duplicate.code): dòng \(duplicate.line) bị bỏ, giữ dòng \(duplicate.firstLine)")
      }
    }
    if !errors.isEmpty {
      lines.append("  dòng không đọc được: \(Self.grouped(errors.count)) (đã bỏ qua)")
      for error in errors.prefix(max(examples, 0)) { lines.append("    \(error)") }
    }
    if !repaired.isEmpty {
      var line =
        "  đọc lại từ raw_text (trường bị cắt lệch): \(Self.grouped(repaired.count)) thủ tục"
      if examples > 0 {
        line += ": " + repaired.prefix(examples).joined(separator: ", ")
        if repaired.count > examples { line += ", …" }
      }
      lines.append(line)
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// "12,345" → "12.345": Vietnamese digit grouping.
  static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var output = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { output.append(".") }
      output.append(digit)
    }
    return number < 0 ? "-" + output : output
  }

  /// "0,12%": a rate with two decimals and a decimal comma.
  static func percent(_ rate: Double) -> String {
    let hundredths = Int((rate * 10_000).rounded())
    let fraction = hundredths % 100
    return "\(grouped(hundredths / 100)),\(fraction < 10 ? "0" : "")\(fraction)%"
  }
}

extension FieldReport {
  /// "thành phần hồ sơ: 12 / 9.845 dòng không tách được (0,12%)".
  public var summary: String {
    let unit = field.countsRows ? "dòng" : "bản ghi"
    return "\(field.label): \(ImportReport.grouped(unsplit.count)) / "
      + "\(ImportReport.grouped(processed)) \(unit) không tách được "
      + "(\(ImportReport.percent(unsplitRate)))"
  }
}
