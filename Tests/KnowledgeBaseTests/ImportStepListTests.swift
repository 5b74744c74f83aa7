import Testing

@testable import KnowledgeBase

@Suite struct ImportStepListTests {
  @Test func stepMarkersOnTheirOwnLines() {
    // trinh_tu_thuc_hien of 1.000178, abridged.
    let raw =
      "Bước 1: Thụ lý giải quyết khiếu nại\n\nNếu khiếu nại thuộc thẩm quyền giải quyết của Bộ Công "
      + "an thì người khiếu nại phải gửi đơn.\nBước 2: Kiểm tra lại quyết định hành chính bị khiếu "
      + "nại (theo quy định tại Điều 6 của Thông tư số 11/2015/TT-BCA).\nBước 3: Xác minh nội dung "
      + "khiếu nại\n\n+ Kiểm tra lại quyết định hành chính."
    #expect(
      StepList.split(raw).value == [
        "Bước 1: Thụ lý giải quyết khiếu nại\nNếu khiếu nại thuộc thẩm quyền giải quyết của Bộ Công "
          + "an thì người khiếu nại phải gửi đơn.",
        "Bước 2: Kiểm tra lại quyết định hành chính bị khiếu nại (theo quy định tại Điều 6 của Thông "
          + "tư số 11/2015/TT-BCA).",
        "Bước 3: Xác minh nội dung khiếu nại\n+ Kiểm tra lại quyết định hành chính.",
      ])
  }

  @Test func inlineStepMarkersWithBullets() {
    let raw =
      "+ Bước 1: Doanh nghiệp gửi 02 bộ hồ sơ. + Bước 2: Trong thời hạn 15 ngày, Ngân hàng Nhà "
      + "nước kiểm tra hồ sơ theo quy định tại Bước 1. + Bước 3: Ngân hàng Nhà nước cấp Giấy phép."
    #expect(
      StepList.split(raw).value == [
        "Bước 1: Doanh nghiệp gửi 02 bộ hồ sơ.",
        "Bước 2: Trong thời hạn 15 ngày, Ngân hàng Nhà nước kiểm tra hồ sơ theo quy định tại Bước 1.",
        "Bước 3: Ngân hàng Nhà nước cấp Giấy phép.",
      ])
  }

  @Test func letteredHeadingsKeepTheirLines() {
    // 1.001623.
    let raw =
      "a) Nộp hồ sơ TTHC:\n- Cơ sở đào tạo gửi văn bản đề nghị đến Sở Xây dựng.\nb) Giải quyết TTHC:"
      + "\n- Sở Xây dựng kiểm tra hồ sơ.\n- Sở Xây dựng cấp lại giấy phép."
    #expect(
      StepList.split(raw).value == [
        "a) Nộp hồ sơ TTHC:\n- Cơ sở đào tạo gửi văn bản đề nghị đến Sở Xây dựng.",
        "b) Giải quyết TTHC:\n- Sở Xây dựng kiểm tra hồ sơ.\n- Sở Xây dựng cấp lại giấy phép.",
      ])
  }

  @Test func dashedLinesWithExplanations() {
    // 1.001193 (khai sinh), abridged: an unbulleted line explains the bullet above it.
    let raw =
      "- Nếu lựa chọn hình thức nộp hồ sơ trực tiếp, người yêu cầu nộp hồ sơ tại Trung tâm.  \n"
      + "- Nếu lựa chọn hình thức nộp hồ sơ trực tuyến, người yêu cầu truy cập Cổng dịch vụ công.\n"
      + "Người yêu cầu cung cấp thông tin theo mẫu hộ tịch điện tử tương tác.\n"
      + "- Cán bộ tiếp nhận hồ sơ kiểm tra hồ sơ.\n(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận."
    #expect(
      StepList.split(raw).value == [
        "Nếu lựa chọn hình thức nộp hồ sơ trực tiếp, người yêu cầu nộp hồ sơ tại Trung tâm.",
        "Nếu lựa chọn hình thức nộp hồ sơ trực tuyến, người yêu cầu truy cập Cổng dịch vụ công.\n"
          + "Người yêu cầu cung cấp thông tin theo mẫu hộ tịch điện tử tương tác.",
        "Cán bộ tiếp nhận hồ sơ kiểm tra hồ sơ.\n(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận.",
      ])
  }

  @Test func plusBulletsInOneParagraph() {
    let raw =
      "+ Doanh nghiệp nộp hồ sơ đến Bộ Tài chính. + Trong thời hạn 30 ngày, Bộ Tài chính xem xét "
      + "hồ sơ. + Trường hợp từ chối, Bộ Tài chính trả lời bằng văn bản."
    #expect(StepList.split(raw).value.count == 3)
  }

  @Test func aLongUnsplitParagraphIsReported() {
    let sentence =
      "Cơ quan tiếp nhận kiểm tra hồ sơ và trả lời bằng văn bản trong thời hạn quy định "
    let split = StepList.split(String(repeating: sentence, count: 10))
    #expect(split.value.count == 1)
    #expect(split.issues.count == 1)
    #expect(StepList.split("Không có thông tin").processed == 0)
  }
}
