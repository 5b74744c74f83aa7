import Testing

@testable import KnowledgeBase

@Suite struct ImportLegalBasisTests {
  static let header = "Tên văn bản pháp lýMã văn bản"

  @Test func titlesAndNumbersAreSplit() {
    // can_cu_phap_ly of 1.000178 and 1.001613, abridged.
    let raw =
      "\(Self.header)Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh trong công an nhân dân"
      + "68/2013/TT-BCALuật Khiếu nại  năm 201102/2011/QH13Nghị định 05/2012/NĐ-CP05/2012/NĐ-CP"
      + "LUẬT  Bảo hiểm xã hội58/2014/QH13BAN HÀNH QUY TRÌNH GIẢI QUYẾT HƯỞNG CÁC CHẾ ĐỘ BẢO HIỂM "
      + "XÃ HỘI2222/QĐ-BHXHQuy định chi tiết Luật Thi đua12/2019/QĐ-TTgLuật Thú yLuật 79/2015/QH13"
    let split = LegalBasisTable.split(raw)
    #expect(split.issues.isEmpty)
    #expect(
      split.value == [
        LegalDocument(
          number: "68/2013/TT-BCA",
          title: "Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh trong công an nhân dân"),
        LegalDocument(number: "02/2011/QH13", title: "Luật Khiếu nại năm 2011"),
        LegalDocument(number: "05/2012/NĐ-CP", title: "Nghị định 05/2012/NĐ-CP"),
        LegalDocument(number: "58/2014/QH13", title: "LUẬT Bảo hiểm xã hội"),
        LegalDocument(
          number: "2222/QĐ-BHXH",
          title: "BAN HÀNH QUY TRÌNH GIẢI QUYẾT HƯỞNG CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI"),
        LegalDocument(number: "12/2019/QĐ-TTg", title: "Quy định chi tiết Luật Thi đua"),
        LegalDocument(number: "79/2015/QH13", title: "Luật Thú y"),
      ])
  }

  @Test func theNextTitleIsNotPartOfTheNumber() {
    let raw =
      "\(Self.header)Thông tư Hướng dẫn về phí và lệ phí85/2019/TT-BTCNghị định sửa đổi thủ tục"
      + "104/2022/NĐ-CPLUẬT HỘ TỊCH60/2014/QH13THÔNG TƯ QUY ĐỊNH CHI TIẾT04/2020/TT-BTPThông tư "
      + "quy định về giá03/2025/TT-VPCPquy định một số chính sách182/2025/NQ-HĐND"
    let numbers = LegalBasisTable.split(raw).value.map(\.number)
    #expect(
      numbers == [
        "85/2019/TT-BTC", "104/2022/NĐ-CP", "60/2014/QH13", "04/2020/TT-BTP", "03/2025/TT-VPCP",
        "182/2025/NQ-HĐND",
      ])
  }

  @Test func aYearGluedToTheNumberBelongsToTheTitle() {
    let raw =
      "\(Self.header)Chính sách an sinh xã hội giai đoạn 2026 - 2030182/2025/NQ-HĐND"
      + "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ66.7/2025/NQ-CP"
    let documents = LegalBasisTable.split(raw).value
    #expect(documents.map(\.number) == ["182/2025/NQ-HĐND", "66.7/2025/NQ-CP"])
    #expect(documents[0].title == "Chính sách an sinh xã hội giai đoạn 2026 - 2030")
  }

  @Test func aRowWithoutNumberIsReported() {
    let raw = "\(Self.header)Nghị định 08/2015/NĐ-CP08/2015/NĐ-CPLuật Hóa chất"
    let split = LegalBasisTable.split(raw)
    #expect(split.value.count == 2)
    #expect(split.value[1] == LegalDocument(number: nil, title: "Luật Hóa chất"))
    #expect(split.issues.count == 1)
    #expect(split.processed == 2)
  }

  @Test func aNumberWithoutIssuerAtTheEnd() {
    let raw = "\(Self.header)Quyết định 24/2024/QĐ-UBND Sơn La về mẫu hồ sơ24/2024"
    let documents = LegalBasisTable.split(raw).value
    #expect(
      documents == [
        LegalDocument(number: "24/2024", title: "Quyết định 24/2024/QĐ-UBND Sơn La về mẫu hồ sơ")
      ])
  }

  @Test func missingValue() {
    #expect(LegalBasisTable.split("Không có thông tin").processed == 0)
  }

  @Test func structuredNumbers() {
    #expect(
      StructuredProcedure.legalNumber("Thông tư số 13/2024/TT-BQP", title: nil) == "13/2024/TT-BQP")
    #expect(
      StructuredProcedure.legalNumber(
        "12", title: "Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ")
        == "12/2021/QĐ-TTg")
    #expect(StructuredProcedure.legalNumber("BỘ LUẬT  HÀNG HẢI VIỆT NAM", title: nil) == nil)
  }
}
