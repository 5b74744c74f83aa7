import Foundation
import Testing

@testable import KnowledgeBase

/// Lines of both export formats, abridged from the real files.
enum ImportSamples {
  /// One national record as a JSON line.
  static func national(
    code: String, name: String = "Thủ tục đăng ký khai sinh", documents: String? = nil,
    steps: String = "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.", rawText: String = ""
  ) -> String {
    let record: [String: String] = [
      "ma_thu_tuc": code,
      "detail_url": "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7",
      "formality_id": "",
      "ten_thu_tuc": name,
      "so_quyet_dinh": "163/QĐ-BTP",
      "cap_thuc_hien": "Cấp xã",
      "loai_thu_tuc": "TTHC được giao luật quy định chi tiết",
      "linh_vuc": "Hộ tịch",
      "doi_tuong_thuc_hien": "Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài",
      "co_quan_co_tham_quyen": "Ủy ban nhân dân cấp xã",
      "dia_chi_tiep_nhan": "",
      "co_quan_duoc_uy_quyen": "",
      "co_quan_phoi_hop": "--",
      "thu_tuc_lien_quan": "Không có thông tin",
      "trinh_tu_thuc_hien": steps,
      "cach_thuc_thuc_hien":
        "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phíTrực tiếp1Miễn phí",
      "thanh_phan_ho_so": documents
        ?? "* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai đăng ký khai sinh theo "
        + "mẫuMẫu TK01.docx1 bản chính- Giấy chứng sinh1 bản chính",
      "can_cu_phap_ly": "Tên văn bản pháp lýMã văn bảnLuật Hộ tịch60/2014/QH13",
      "co_quan_thuc_hien": "Ủy ban nhân dân cấp xã",
      "yeu_cau_dieu_kien": "Không có thông tin",
      "ket_qua_xu_ly":
        "Giấy khai sinhMã: KQ.G10.000001Từ khóaKhông có thông tinMô tảKhông có thông tin",
      "raw_text": rawText,
      "_ministry_folder": "bo-tu-phap",
    ]
    return json(record)
  }

  /// One structured (defence) record as a JSON line.
  static let structured = json(
    [
      "thu_tuc_id": "1.013129",
      "source_file": "ChiTietTTHC_1.013129.doc",
      "metadata": [
        "mã_thủ_tục": "1.013129",
        "tên_thủ_tục": "Thủ tục thẩm định, phê duyệt hồ sơ thiết kế xe cơ giới",
        "số_quyết_định": "Quyết định số 6376/QĐ-BQP",
        "cấp_thực_hiện": "Cấp Bộ, Cấp Tỉnh",
        "loại_thủ_tục": "TTHC được luật giao quy định chi tiết",
        "lĩnh_vực": "Xe - máy quân sự",
      ],
      "content": [
        "trình_tự_thực_hiện": "Bước 1: Cơ sở lập 01 bộ hồ sơ. Bước 2: Cục trưởng quyết định.",
        "cách_thức_thực_hiện": "",
        "đối_tượng_thực_hiện": "Doanh nghiệp, Tổ chức (không bao gồm doanh nghiệp, HTX)",
        "cơ_quan_thực_hiện": "Cục Xe máy-Vận tải",
        "cơ_quan_có_thẩm_quyền": "Cục Trưởng Cục Xe máy-Vận tải",
        "cơ_quan_được_ủy_quyền": "Không có thông tin",
        "cơ_quan_phối_hợp": "Không có thông tin",
        "địa_chỉ_tiếp_nhận_hs": "Số 5 Nguyễn Tri Phương, Phường Ba Đình, Thành phố Hà Nội",
        "kết_quả_thực_hiện": "Quyết định phê duyệt hồ sơ thiết kế",
        "yêu_cầu_điều_kiện_thực_hiện": "Không",
        "từ_khóa": "Không có thông tin",
        "mô_tả": "Không có thông tin",
      ],
      "tables": [
        "hinh_thuc_nop": [
          [
            "hinh_thuc": "Trực tiếp", "thoi_han_giai_quyet": "07 Ngày",
            "phi_le_phi": "Phí : 0 Đồng",
            "mo_ta": "",
          ],
          [
            "hinh_thuc": "Trực tuyến", "thoi_han_giai_quyet": "14 Ngày",
            "phi_le_phi": "Lệ phí : 50.000 Đồng (50.000 đồng/hồ sơ)",
            "mo_ta": "Trường hợp nội dung thẩm định phức tạp",
          ],
        ],
        "thanh_phan_ho_so": [
          [
            "ten_giay_to": "Công văn đề nghị thẩm định", "so_luong": "5- MẪU SỐ 01.docx",
            "ghi_chu": "Bản chính: 1\nBản sao: 0",
          ],
          [
            "ten_giay_to": "Bản sao quyết định phê duyệt cấu hình",
            "so_luong": "MU1A.docx\nMU1B.docx",
            "ghi_chu": "Bản chính: 0\nBản sao: 1",
          ],
          ["ten_giay_to": "Lưu ý về hồ sơ", "so_luong": "", "ghi_chu": "Bản chính: 0\nBản sao: 0"],
        ],
        "can_cu_phap_ly": [
          [
            "so_ky_hieu": "12",
            "trich_yeu": "Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ",
            "ngay_ban_hanh": "24-03-2021", "co_quan_ban_hanh": "Thủ tướng Chính phủ",
          ],
          [
            "so_ky_hieu": "Thông tư số 67/2024/TT-BQP", "trich_yeu": "Thông tư số 67/2024/TT-BQP",
            "ngay_ban_hanh": "", "co_quan_ban_hanh": "Bộ Quốc phòng",
          ],
        ],
      ],
    ] as [String: Any])

  static func json(_ object: Any) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else { return "" }
    return String(decoding: data, as: UTF8.self)
  }

  static func lines(_ lines: [String]) -> Data {
    Data(lines.joined(separator: "\n").utf8)
  }
}

@Suite struct ImportPortalImporterTests {
  @Test func nationalRecordBecomesAProcedure() throws {
    let data = ImportSamples.lines([ImportSamples.national(code: "1.001193")])
    let result = PortalImporter.importNational(data: data, sourceName: "national")
    let procedure = try #require(result.procedures.first)
    #expect(procedure.code == "1.001193")
    #expect(procedure.origin == "national")
    #expect(procedure.levels == ["Cấp xã"])
    #expect(procedure.field == "Hộ tịch")
    #expect(procedure.decision == "163/QĐ-BTP")
    #expect(procedure.applicants == ["Công dân Việt Nam", "Người Việt Nam định cư ở nước ngoài"])
    #expect(procedure.agencies.competent == "Ủy ban nhân dân cấp xã")
    #expect(procedure.agencies.coordinating == nil)
    #expect(procedure.submitAt == nil)
    #expect(procedure.related.isEmpty)
    #expect(procedure.conditions == nil)
    #expect(procedure.result == "Giấy khai sinh")
    #expect(procedure.sourceURL == "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7")
    #expect(
      procedure.documents.map(\.name) == ["Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh"])
    #expect(procedure.documents.first?.form == "Mẫu TK01.docx")
    #expect(procedure.methods.count == 2)
    #expect(procedure.steps == ["Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả."])
    #expect(procedure.legalBasis == [LegalDocument(number: "60/2014/QH13", title: "Luật Hộ tịch")])
    #expect(result.report.procedureCount == 1)
    #expect(result.report.documents.processed == 2)
    #expect(result.report.documents.unsplit.isEmpty)
    #expect(result.report.errors.isEmpty)
  }

  @Test func decomposedNamesAreComposed() throws {
    let line = ImportSamples.national(
      code: "1.002549", name: "Ca\u{0302}\u{0301}p Gia\u{0302}\u{0301}y")
    let result = PortalImporter.importNational(data: ImportSamples.lines([line]), sourceName: "n")
    #expect(result.procedures.first?.name == "Cấp Giấy")
  }

  @Test func malformedLinesAreSkippedAndReported() throws {
    let data = ImportSamples.lines([
      ImportSamples.national(code: "1.000001"),
      "{\"ma_thu_tuc\": \"1.000002\", \"ten_thu_tuc\": ",
      "",
      "[1, 2, 3]",
      "{\"ten_thu_tuc\": \"Không mã\"}",
      ImportSamples.national(code: "1.000003"),
    ])
    let result = PortalImporter.importNational(data: data, sourceName: "national")
    #expect(result.procedures.map(\.code) == ["1.000001", "1.000003"])
    let errors = result.report.errors
    #expect(errors.map(\.line) == [2, 4, 5])
    #expect(errors.allSatisfy { $0.path == "national" })
    #expect(errors[0].description.hasPrefix("national:2: JSON không hợp lệ"))
    #expect(errors[2].message.contains("ma_thu_tuc"))
  }

  @Test func duplicateCodesKeepTheFirstRecord() {
    let data = ImportSamples.lines([
      ImportSamples.national(code: "1.000001", name: "Thủ tục thứ nhất"),
      ImportSamples.national(code: "1.000002"),
      ImportSamples.national(code: "1.000001", name: "Thủ tục lặp lại"),
    ])
    let result = PortalImporter.importNational(data: data, sourceName: "national")
    #expect(result.procedures.map(\.name) == ["Thủ tục thứ nhất", "Thủ tục đăng ký khai sinh"])
    #expect(result.report.duplicates == [DuplicateCode(code: "1.000001", line: 3, firstLine: 1)])
    #expect(result.report.documents.processed == 4)
  }

  @Test func unsplitRowsCarryTheCodeAndAnExcerpt() {
    let long = String(repeating: "Văn bản đề nghị không có số lượng ", count: 20)
    let documents = "--Tên giấy tờMẫu đơn, tờ khaiSố lượngGiấy chứng sinh1 bản chính" + long
    let data = ImportSamples.lines([ImportSamples.national(code: "1.000009", documents: documents)])
    let report = PortalImporter.importNational(data: data, sourceName: "national").report
    #expect(report.documents.processed == 2)
    #expect(report.documents.unsplit.count == 1)
    let row = report.documents.unsplit[0]
    #expect(row.code == "1.000009")
    #expect(row.reason == "không có số lượng")
    #expect(row.text.count == UnsplitRow.textLimit + 1)
    #expect(report.documents.unsplitRate == 0.5)
  }

  @Test func documentsCutAtTheWrongLabelAreReadAgainFromThePage() {
    // 1.001613: the crawler cut at "(Thành phần hồ sơ)" inside the steps.
    let methods = "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến5 Ngày làm việcMiễn phí"
    let page =
      "Giải quyết hưởng bảo hiểm xã hội một lầnTên thủ tụcGiải quyết hưởng bảo hiểm xã hội một lần"
      + "Trình Tự Thực HiệnBước 1. Lập, nộp hồ sơ NLĐ lập hồ sơ theo quy định tại mục 9.3 (Thành phần "
      + "hồ sơ) và nộp cho cơ quan BHXH.\nBước 2. Cơ quan BHXH tiếp nhận hồ sơ.\nCách Thức Thực Hiện"
      + methods
      + "Thành phần hồ sơ1. Trường hợp hưởng BHXH một lầnTên giấy tờMẫu đơn, tờ khaiSố lượng"
      + "a) Sổ BHXH1 bản chínhb) Đơn đề nghị (Mẫu số 14-HSB)1 bản chínhCăn cứ pháp lýTên văn bản "
      + "pháp lýMã văn bảnLuật Bảo hiểm xã hội58/2014/QH13Cơ quan thực hiệnBảo hiểm xã hội cấp Tỉnh"
    var record =
      try? JSONSerialization.jsonObject(
        with: Data(ImportSamples.national(code: "1.001613", rawText: page).utf8))
      as? [String: String]
    record?["trinh_tu_thuc_hien"] =
      "Bước 1. Lập, nộp hồ sơ NLĐ lập hồ sơ theo quy định tại mục 9.3 ("
    record?["thanh_phan_ho_so"] =
      ") và nộp cho cơ quan BHXH.\nBước 2. Cơ quan BHXH tiếp nhận hồ sơ."
    record?["cach_thuc_thuc_hien"] = methods
    record?["can_cu_phap_ly"] = "Tên văn bản pháp lýMã văn bảnLuật Bảo hiểm xã hội58/2014/QH13"
    let line = ImportSamples.json(record ?? [:])
    let result = PortalImporter.importNational(data: Data(line.utf8), sourceName: "national")
    let procedure = result.procedures.first
    #expect(procedure?.documents.map(\.name) == ["a) Sổ BHXH", "b) Đơn đề nghị (Mẫu số 14-HSB)"])
    #expect(procedure?.documents.first?.caseHeading == "1. Trường hợp hưởng BHXH một lần")
    #expect(procedure?.steps.count == 2)
    #expect(result.report.repaired == ["1.001613"])
    #expect(result.report.documents.unsplit.isEmpty)
  }

  @Test func structuredRecordBecomesAProcedure() throws {
    let data = ImportSamples.lines([ImportSamples.structured])
    let result = PortalImporter.importDefence(data: data, sourceName: "defence")
    let procedure = try #require(result.procedures.first)
    #expect(procedure.code == "1.013129")
    #expect(procedure.levels == ["Cấp bộ", "Cấp tỉnh"])
    #expect(procedure.decision == "Quyết định số 6376/QĐ-BQP")
    #expect(procedure.conditions == nil)
    #expect(procedure.agencies.authorized == nil)
    #expect(
      procedure.steps == ["Bước 1: Cơ sở lập 01 bộ hồ sơ.", "Bước 2: Cục trưởng quyết định."])
    #expect(
      procedure.documents == [
        RequiredDocument(
          name: "Công văn đề nghị thẩm định", originals: 1, copies: 0, form: "5- MẪU SỐ 01.docx"),
        RequiredDocument(
          name: "Bản sao quyết định phê duyệt cấu hình", originals: 0, copies: 1,
          form: "MU1A.docx, MU1B.docx"),
        RequiredDocument(name: "Lưu ý về hồ sơ", originals: 0, copies: 0, isNote: true),
      ])
    #expect(procedure.methods.map(\.processingTime?.value) == [7, 14])
    #expect(procedure.methods.map(\.fee?.amountVND) == [0, 50_000])
    #expect(procedure.methods[1].note == "Trường hợp nội dung thẩm định phức tạp")
    #expect(procedure.legalBasis.map(\.number) == ["12/2021/QĐ-TTg", "67/2024/TT-BQP"])
    #expect(procedure.result == "Quyết định phê duyệt hồ sơ thiết kế")
    #expect(result.report.fields.allSatisfy { $0.unsplit.isEmpty })
  }

  @Test func reportRendersOneLinePerField() {
    var report = ImportReport(source: "national")
    report.documents.processed = 9845
    report.documents.unsplit = Array(
      repeating: UnsplitRow(code: "1.000001", text: "…", reason: "không có số lượng"), count: 12)
    report.errors = [Diagnostic(path: "national.jsonl", line: 7, message: "JSON không hợp lệ")]
    let text = report.render(examples: 1)
    #expect(text.contains("thành phần hồ sơ: 12 / 9.845 dòng không tách được (0,12%)\n"))
    #expect(text.contains("    1.000001 [không có số lượng]: …\n"))
    #expect(text.contains("    … và 11 dòng khác\n"))
    #expect(text.contains("national.jsonl:7: JSON không hợp lệ"))
    #expect(text.hasSuffix("\n"))
  }

  @Test func missingFileThrows() {
    let url = URL(fileURLWithPath: "/nonexistent/national-catalogue.jsonl")
    #expect(throws: (any Error).self) {
      try PortalImporter.importNational(contentsOf: url, sourceName: "national")
    }
  }
}
