import Testing

@testable import KnowledgeBase

@Suite struct ImportMethodTableTests {
  static let header = "Hình thức nộpThời gianPhí, lệ phíMô tả"

  @Test func timesWithUnitsFeesAndDescriptions() {
    // cach_thuc_thuc_hien of 1.003076, abridged.
    let raw =
      "\(Self.header)Trực tuyến21 Ngày200,000 Việt Nam Đồng(đối với trường hợp cấp mới giấy phép)"
      + "21 ngày kể từ ngày nhận đủ hồ sơ hợp lệTrực tiếp15 Ngày làm việcMiễn phí"
      + "Dịch vụ bưu chính01 GiờKhông có thông tin"
    let split = MethodTable.split(raw)
    #expect(split.issues.isEmpty)
    let methods = split.value
    #expect(methods.map(\.channel) == ["Trực tuyến", "Trực tiếp", "Dịch vụ bưu chính"])
    #expect(methods[0].processingTime == ProcessingTime(value: 21, unit: "ngày", text: "21 Ngày"))
    #expect(
      methods[0].fee
        == Fee(
          text: "200,000 Việt Nam Đồng (đối với trường hợp cấp mới giấy phép)", amountVND: 200_000))
    #expect(methods[0].note == "21 ngày kể từ ngày nhận đủ hồ sơ hợp lệ")
    #expect(methods[0].isOnline)
    #expect(
      methods[1].processingTime
        == ProcessingTime(value: 15, unit: "ngày làm việc", text: "15 Ngày làm việc"))
    #expect(methods[1].fee == Fee(text: "Miễn phí", amountVND: 0))
    #expect(methods[1].note == nil)
    #expect(methods[2].processingTime == ProcessingTime(value: 1, unit: "giờ", text: "01 Giờ"))
    #expect(methods[2].fee == nil)
  }

  @Test func timeThatLostItsUnit() {
    // 1.001193: "Trực tuyến1Miễn phí".
    let methods = MethodTable.split("\(Self.header)Trực tuyến1Miễn phíTrực tiếp1Miễn phí").value
    #expect(methods.count == 2)
    #expect(methods[0].processingTime == ProcessingTime(value: 1, unit: nil, text: "1"))
    #expect(methods[0].fee?.amountVND == 0)
  }

  @Test func freeWithAScheduleTakesTheScheduleAmount() {
    // 1.002198.
    let raw =
      "\(Self.header)Trực tuyến3 Ngày làm việcMiễn phí((áp dụng mức phí 500.000 đồng/hồ sơ kể từ "
      + "ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC))"
    let fee = MethodTable.split(raw).value.first?.fee
    #expect(
      fee?.text
        == "Miễn phí (áp dụng mức phí 500.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày "
        + "31/12/2026 theo Thông tư số 64/2025/TT-BTC)")
    #expect(fee?.amountVND == 500_000)
  }

  @Test func freeWithSeveralAmountsOrOnlyWordsHasNoAmount() {
    let several = FeeText.fee(
      main: "Miễn phí",
      schedule: "Lệ phí cấp giấy chứng nhận: 40.000 đồng/01 Giấy chứng nhận; riêng đối với ô tô "
        + "dưới 10 chỗ ngồi: 90.000 đồng/01 Giấy chứng nhận")
    #expect(several.amountVND == nil)
    let words = FeeText.fee(
      main: "Miễn phí", schedule: "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.")
    #expect(words.amountVND == nil)
    #expect(FeeText.fee(main: "Miễn phí", schedule: "- Không có").amountVND == 0)
  }

  @Test func timeGluedToTheFeeIsSplitByTheSchedule() {
    // 2.002009: time "1" (unit lost) glued to a fee the portal stores in thousands.
    let raw =
      "\(Self.header)Trực tuyến1100 VNĐ(Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần "
      + "(Thông tư số 47/2019/TT-BTC))Trực tiếp120 VNĐ(20.000 vnđ /tờ khai)"
    let split = MethodTable.split(raw)
    #expect(split.issues.isEmpty)
    let methods = split.value
    #expect(methods[0].processingTime == ProcessingTime(value: 1, unit: nil, text: "1"))
    #expect(methods[0].fee?.amountVND == 100_000)
    #expect(methods[1].processingTime?.value == 1)
    #expect(methods[1].fee?.amountVND == 20_000)
  }

  @Test func gluedTimeWithoutScheduleIsReported() {
    let split = MethodTable.split("\(Self.header)Trực tuyến120 VNĐTrực tiếp2 GiờMiễn phí")
    #expect(split.processed == 2)
    #expect(split.issues.count == 1)
    #expect(split.value[0].processingTime?.value == 1)
    #expect(split.value[0].fee?.text == "20 VNĐ")
    #expect(split.value[0].fee?.amountVND == nil)
    #expect(split.value[1].processingTime?.unit == "giờ")
  }

  @Test func timeInWordsAndForeignCurrency() {
    let raw =
      "\(Self.header)Trực tuyếnKhông phải trả kết quả cho người nộp thuếMiễn phíQua Cổng dịch vụ "
      + "công quốc giaTrực tiếp5 Ngày làm việc145 USD(Thẻ tạm trú có thời hạn không quá 02 năm: "
      + "145 USD/thẻ.)Trực tiếp: nộp hồ sơ tại Cục Quản lý xuất nhập cảnh."
    let methods = MethodTable.split(raw).value
    #expect(methods.count == 2)
    #expect(methods[0].processingTime?.text == "Không phải trả kết quả cho người nộp thuế")
    #expect(methods[0].processingTime?.value == nil)
    #expect(methods[0].note == "Qua Cổng dịch vụ công quốc gia")
    #expect(methods[1].fee?.amountVND == nil)
    #expect(methods[1].fee?.text.hasPrefix("145 USD (Thẻ tạm trú") == true)
    #expect(methods[1].note == "Trực tiếp: nộp hồ sơ tại Cục Quản lý xuất nhập cảnh.")
  }

  @Test func amountInThousandsIsCorrectedFromTheSchedule() {
    let fee = FeeText.fee(
      main: "100 VNĐ", amount: MoneyAmount(value: 100, currency: .dong, range: 0..<7),
      schedule: "Phí công bố: 100.000 đồng/lần")
    #expect(fee.amountVND == 100_000)
  }

  @Test func structuredFeeCells() {
    #expect(FeeText.parseStructured("Phí : 0 Đồng") == Fee(text: "Phí : 0 Đồng", amountVND: 0))
    #expect(FeeText.parseStructured("Lệ phí : 50.000 Đồng")?.amountVND == 50_000)
    #expect(FeeText.parseStructured("Phí : Không Đồng")?.amountVND == 0)
    #expect(FeeText.parseStructured("Lệ phí : 1.5 USD")?.amountVND == nil)
    #expect(FeeText.parseStructured("Phí : 50.000 Đồng\nLệ phí : 20.000 Đồng")?.amountVND == 70_000)
    // Several lines of one kind are alternatives.
    let alternatives = FeeText.parseStructured(
      "Phí : 2.000.000 Đồng (nghiên cứu)\nPhí : 3.500.000 Đồng (thăm dò)")
    #expect(alternatives?.amountVND == nil)
    #expect(
      alternatives?.text == "Phí : 2.000.000 Đồng (nghiên cứu); Phí : 3.500.000 Đồng (thăm dò)")
    #expect(FeeText.parseStructured("") == nil)
  }

  @Test func structuredTimeCells() {
    #expect(
      ProcessingTimeText.parse("07 Ngày") == ProcessingTime(value: 7, unit: "ngày", text: "07 Ngày")
    )
    #expect(ProcessingTimeText.parse("Không quy định") == ProcessingTime(text: "Không quy định"))
    #expect(ProcessingTimeText.parse("Trong ngày") == ProcessingTime(text: "Trong ngày"))
    #expect(ProcessingTimeText.parse("") == nil)
  }

  @Test func missingTableIsReported() {
    let split = MethodTable.split("Nộp trực tiếp tại Sở Tư pháp")
    #expect(split.value.isEmpty)
    #expect(split.issues.count == 1)
  }
}
