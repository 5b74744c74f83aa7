/// Some national records were cut at the wrong label: the crawler took "Thành phần hồ sơ" where
/// the steps mention it ("… theo quy định tại mục 9.3 (Thành phần hồ sơ) …"), so the steps stop
/// short and the documents field holds the rest of the steps. The page text (`raw_text`) still
/// has everything in order: steps, methods, documents, legal basis. This re-reads the documents
/// (and the steps) from it.
enum ShiftedFieldRepair {
  /// True when the (cleaned) documents field is not empty yet holds no document table.
  static func isNeeded(documents: String?) -> Bool {
    guard let documents else { return false }
    return !documents.containsUTF8(documentsHeader)
  }

  struct Repair {
    var documents: String
    /// The full steps, when the field had been cut short.
    var steps: String?
  }

  private static let documentsHeader = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"

  static func repair(pageText raw: String, record: NationalRecord) -> Repair? {
    let page = PortalText.clean(raw, keepingLineBreaks: true)
    guard let stepsLabel = page.utf8Range(of: "Trình Tự Thực Hiện"),
      let methodsLabel = page[stepsLabel.upperBound...].utf8Range(of: "Cách Thức Thực Hiện")
    else { return nil }

    // The documents label after the methods table (whose own text may mention it).
    let methodsLength = PortalText.line(record.methods)?.count ?? 0
    let searchFrom =
      page.index(
        methodsLabel.upperBound, offsetBy: max(0, methodsLength - 50), limitedBy: page.endIndex)
      ?? page.endIndex
    guard let documentsLabel = page[searchFrom...].utf8Range(of: "Thành phần hồ sơ") else {
      return nil
    }

    let legal = PortalText.line(record.legalBasis) ?? ""
    let legalLabels = [
      "Căn cứ pháp lýTên văn bản pháp lý", "Căn cứ pháp lý" + legal.prefix(20), "Căn cứ pháp lý",
    ]
    let tail = page[documentsLabel.upperBound...]
    guard let legalLabel = legalLabels.lazy.compactMap({ tail.utf8Range(of: $0) }).first else {
      return nil
    }

    let documents = String(page[documentsLabel.upperBound..<legalLabel.lowerBound])
    guard documents.containsUTF8(documentsHeader) else { return nil }

    var steps: String?
    if let full = PortalText.paragraphs(
      String(page[stepsLabel.upperBound..<methodsLabel.lowerBound]))
    {
      let cut = PortalText.paragraphs(record.steps) ?? ""
      if full.count > cut.count && full.hasPrefix(cut.prefix(30)) { steps = full }
    }
    return Repair(documents: documents, steps: steps)
  }
}
