import Testing

@testable import KnowledgeBase

@Suite struct ImportTextTests {
  @Test func decomposedTextIsComposed() {
    // "Cấp tỉnh" typed with combining marks (NFD), as in 500 records of the crawl.
    let decomposed = "Ca\u{0302}\u{0301}p ti\u{0309}nh"
    #expect(decomposed.unicodeScalars.count == 11)
    let cleaned = PortalText.line(decomposed)
    #expect(cleaned == "Cấp tỉnh")
    #expect(cleaned?.unicodeScalars.count == 8)
  }

  @Test func composedTextIsUnchanged() {
    let text = "Thủ tục đăng ký khai sinh"
    #expect(PortalText.line(text) == text)
  }

  @Test func spacesAreNormalised() {
    // co_quan_thuc_hien of 1.005419, with NBSP between words.
    let raw = "Ủy ban Nhân dân\u{00A0}tỉnh\u{00A0}và\u{00A0}thành phố  trực thuộc trung ương.\t"
    #expect(PortalText.line(raw) == "Ủy ban Nhân dân tỉnh và thành phố trực thuộc trung ương.")
  }

  @Test func invisibleCharactersAreDropped() {
    // "đăng k\u{200E}ý" (left-to-right mark) and a private-use bullet from the crawl.
    #expect(PortalText.line("đăng k\u{200E}ý hộ tịch") == "đăng ký hộ tịch")
    #expect(PortalText.line("\u{F0FC}Giấy tờ\u{00AD}") == "Giấy tờ")
  }

  @Test func lineBreaksAreKeptInParagraphs() {
    let raw = "Bước 1: Nộp hồ sơ  \n\n\n  Bước 2: Nhận kết quả\r\n"
    #expect(PortalText.paragraphs(raw) == "Bước 1: Nộp hồ sơ\nBước 2: Nhận kết quả")
    #expect(PortalText.line(raw) == "Bước 1: Nộp hồ sơ Bước 2: Nhận kết quả")
  }

  @Test(arguments: ["", "   ", "Không có thông tin", "--", "----", "Không", "không.", "Không có"])
  func missingValuesAreNil(_ raw: String) {
    #expect(PortalText.line(raw) == nil)
    #expect(PortalText.paragraphs(raw) == nil)
  }

  @Test func levelsAreCanonical() {
    #expect(CommaLists.levels("Cấp tỉnh, Cấp xã") == ["Cấp tỉnh", "Cấp xã"])
    #expect(
      CommaLists.levels("Cấp Bộ, Cấp Tỉnh, Cấp Xã, Cơ quan khác") == [
        "Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác",
      ])
    #expect(CommaLists.levels("CẤP BỘ,cấp bộ") == ["Cấp bộ"])
    #expect(CommaLists.levels("Ca\u{0302}\u{0301}p xa\u{0303}") == ["Cấp xã"])
    #expect(CommaLists.levels("Không có thông tin").isEmpty)
  }

  @Test func applicantsKeepBracketsTogether() {
    let raw =
      "Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, Cán bộ, công chức, viên chức"
    #expect(
      CommaLists.applicants(raw) == [
        "Tổ chức (không bao gồm doanh nghiệp, HTX)", "Công dân Việt Nam",
        "Cán bộ, công chức, viên chức",
      ])
  }

  @Test func relatedProceduresFromTheGluedTable() {
    let raw =
      "#Tên thủ tục1Hướng dẫn việc thực hiện các quy định pháp luật về quy hoạch đô thị"
      + "#1Tên thủ tụcHướng dẫn việc thực hiện các quy định pháp luật về quy hoạch đô thị"
    #expect(
      RelatedProcedures.split(raw) == [
        "Hướng dẫn việc thực hiện các quy định pháp luật về quy hoạch đô thị"
      ])
    #expect(RelatedProcedures.split("Không có thông tin").isEmpty)
    #expect(RelatedProcedures.split("1.001193; 1.000689") == ["1.001193", "1.000689"])
  }

  @Test func resultKeepsOnlyTheNames() {
    // ket_qua_xu_ly of 1.001613.
    let raw =
      "Tiền trợ cấpMã: KQ.G24.000053Bản quá trình đóng BHXHMã: KQ.G24.000012Quyết định về việc hưởng "
      + "BHXH một lầnMã: KQ.G24.000030Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan "
      + "thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Tỉnh/ Thành phố --Nộp hồ sơ"
    let result = ProcessingResult.split(raw)
    #expect(
      result.text == "Tiền trợ cấp; Bản quá trình đóng BHXH; Quyết định về việc hưởng BHXH một lần")
    #expect(!result.isSuspect)
    #expect(ProcessingResult.split("Giấy khai sinh").text == "Giấy khai sinh")
    #expect(
      ProcessingResult.split("Không có thông tinTừ khóaKhông có thông tinMô tảKhông").text == nil)
  }

  @Test func resultHoldingDocumentRowsIsSuspect() {
    let result = ProcessingResult.split(
      "+ Quyết định thu hồi Giấy chứng nhận thành viên.1 bản chính")
    #expect(result.isSuspect)
  }
}
