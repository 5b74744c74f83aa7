import Foundation
import Testing

@testable import KnowledgeBase

/// A throw-away knowledge-base folder with a tiny portal export beside it.
struct TemporaryKnowledgeBase {
  let root: URL
  var folder: URL { root.appendingPathComponent("knowledge-base") }

  init(sources: String? = nil) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-kb-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("overrides"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("local"), withIntermediateDirectories: true)
    try write(
      "sources.yaml",
      sources ?? """
        sources:
          - name: national
            path: portal.jsonl
            format: national
        """)
    try Self.portal.write(
      to: root.appendingPathComponent("portal.jsonl"), atomically: true, encoding: .utf8)
  }

  func write(_ path: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  func load() throws(DiagnosticList) -> MergedKnowledgeBase {
    try KnowledgeBaseLoader.load(folder: folder, root: root)
  }

  /// Two records in the national format, glued tables and all.
  static let portal =
    [
      record(
        code: "1.001193", name: "Thủ tục đăng ký khai sinh", field: "Hộ tịch", level: "Cấp xã",
        documents:
          "* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai đăng ký khai sinh"
          + "Mẫu TK01.docx1 bản chính- Giấy chứng sinh.1 bản chính"),
      record(
        code: "1.004222", name: "Đăng ký thường trú", field: "Đăng ký, quản lý cư trú",
        level: "Cấp xã",
        documents:
          "Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai thay đổi thông tin cư trú1 bản chính"),
    ].joined(separator: "\n") + "\n"

  static func record(
    code: String, name: String, field: String, level: String, documents: String
  ) -> String {
    let object: [String: String] = [
      "ma_thu_tuc": code, "ten_thu_tuc": name, "linh_vuc": field, "cap_thuc_hien": level,
      "thanh_phan_ho_so": documents,
      "cach_thuc_thuc_hien":
        "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp5 Ngày làm việcMiễn phí",
      "trinh_tu_thuc_hien": "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.",
      "can_cu_phap_ly": "", "ket_qua_xu_ly": "", "doi_tuong_thuc_hien": "Công dân Việt Nam",
      "detail_url": "https://dichvucong.gov.vn/x", "_ministry_folder": "bo-tu-phap",
    ]
    let data =
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

@Suite struct EditorFilesTests {
  @Test func mergesOverrideFieldByField() throws {
    let kb = try TemporaryKnowledgeBase()
    try kb.write(
      "overrides/1.001193.yaml",
      """
      code: "1.001193"
      local_note: Nộp tại Trung tâm Phục vụ hành chính công phường.
      keywords: [làm giấy khai sinh, khai sinh cho con]
      """)
    let merged = try kb.load()
    let birth = try #require(merged.procedures.first { $0.code == "1.001193" })
    #expect(birth.localNote == "Nộp tại Trung tâm Phục vụ hành chính công phường.")
    #expect(birth.keywords == ["làm giấy khai sinh", "khai sinh cho con"])
    #expect(birth.name == "Thủ tục đăng ký khai sinh")
    #expect(merged.overridden == ["1.001193"])
  }

  @Test func addsLocalProcedure() throws {
    let kb = try TemporaryKnowledgeBase()
    try kb.write(
      "local/HCM.0001.yaml",
      """
      name: Đăng ký xe đạp điện tại phường
      levels: [Cấp xã]
      documents:
        - name: Hóa đơn mua xe
          copies: 1
          originals: 0
      """)
    let merged = try kb.load()
    let local = try #require(merged.procedures.first { $0.code == "HCM.0001" })
    #expect(local.origin == "local")
    #expect(local.documents.first?.copies == 1)
  }

  @Test(arguments: [
    ("overrides/1.001193.yaml", "name: [unclosed", 1, "YAML không hợp lệ"),
    ("overrides/1.001193.yaml", "code: \"1.001193\"\ncolour: red\n", 2, "colour"),
    ("overrides/9.999999.yaml", "local_note: x\n", 1, "9.999999"),
    ("overrides/1.001193.yaml", "keywords:\n  nested: map\n", 2, "keywords"),
    ("overrides/1.001193.yaml", "documents:\n  - name: A\n    copies: many\n", 3, "số nguyên"),
    ("local/NEW.1.yaml", "field: Hộ tịch\n", 1, "name"),
    ("local/1.004222.yaml", "name: Trùng mã\n", 1, "overrides/1.004222.yaml"),
    ("synonyms.yaml", "synonyms:\n  - say: [a]\n", 2, "means"),
    (
      "glossary-en.yaml", "glossary:\n  - en: [birth]\n    vi: [khai sinh]\n    extra: 1\n", 4,
      "extra"
    ),
  ])
  func reportsMistakesWithTheirLine(
    file: String, content: String, line: Int, mentions: String
  ) throws {
    let kb = try TemporaryKnowledgeBase()
    try kb.write(file, content)
    let error = #expect(throws: DiagnosticList.self) { try kb.load() }
    let diagnostic = try #require(error?.diagnostics.first)
    #expect(diagnostic.path.hasSuffix(file))
    #expect(diagnostic.line == line)
    #expect(diagnostic.message.contains(mentions), "\(diagnostic)")
  }

  @Test func reportsEveryProblemAtOnce() throws {
    let kb = try TemporaryKnowledgeBase()
    try kb.write("overrides/1.001193.yaml", "bogus: 1\n")
    try kb.write("overrides/1.004222.yaml", "name: [\n")
    let error = #expect(throws: DiagnosticList.self) { try kb.load() }
    #expect(error?.diagnostics.count == 2)
  }

  @Test func reportsMissingSourceFile() throws {
    let kb = try TemporaryKnowledgeBase(
      sources: "sources:\n  - name: national\n    path: nowhere.jsonl\n")
    let error = #expect(throws: DiagnosticList.self) { try kb.load() }
    #expect(error?.diagnostics.first?.line == 2)
    #expect(error?.diagnostics.first?.message.contains("nowhere.jsonl") == true)
  }
}
