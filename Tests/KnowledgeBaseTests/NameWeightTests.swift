import Testing
import VietnameseText

@testable import KnowledgeBase

/// Which words of a procedure's name count as unexplained, and which names are variants of one
/// procedure at several levels.
struct NameWeightTests {
  private func words(_ name: String) -> [String] { Terms.accented(name) }

  /// The weightless words of `name`, joined in order.
  private func weightless(_ name: String) -> String {
    let words = words(name)
    let set = CandidateName.weightless(words)
    return words.indices.filter { set.contains($0) }.map { words[$0] }.joined(separator: " ")
  }

  @Test func namesThatReissueAPaper() {
    #expect(CandidateName.reissues("cấp lại thẻ căn cước"))
    #expect(CandidateName.reissues("cấp đổi giấy chứng nhận quyền sử dụng đất"))
    #expect(CandidateName.reissues("đổi giấy phép lái xe"))
    #expect(CandidateName.reissues("thủ tục đăng ký lại khai sinh"))
    #expect(CandidateName.reissues("điều chỉnh quyết định giao đất cho thuê đất"))
    #expect(!CandidateName.reissues("đăng ký thành lập hộ kinh doanh"))
    #expect(!CandidateName.reissues("cấp giấy phép xây dựng mới đối với công trình cấp lại"))
    // Names that issue and re-issue serve a first issue too.
    #expect(!CandidateName.reissues("cấp cấp lại phù hiệu cho xe ô tô"))
    #expect(!CandidateName.reissues("đăng ký đăng ký lại điều chỉnh đóng bảo hiểm tự nguyện"))
  }

  @Test func notesOfTheLevelWeighNothing() {
    #expect(weightless("Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)") == "thực hiện tại cấp tỉnh")
    #expect(
      weightless("Gia hạn tạm trú cho người nước ngoài (thực hiện tại cấp Trung ương)")
        == "thực hiện tại cấp trung ương")
    #expect(weightless("Cấp giấy phép môi trường (cấp Tỉnh)") == "cấp tỉnh")
    // Only at the end: here "cấp xã" is who decides, not a note.
    #expect(weightless("Chủ tịch Ủy ban nhân dân cấp xã giải quyết tranh chấp đất đai") == "")
  }

  @Test func namesThatEndSomething() {
    #expect(CandidateName.ends("thủ tục rút yêu cầu trợ giúp pháp lý của người được trợ giúp"))
    #expect(CandidateName.ends("chấm dứt hoạt động hộ kinh doanh"))
    #expect(CandidateName.ends("thu hồi giấy phép lái xe"))
    #expect(!CandidateName.ends("thủ tục yêu cầu trợ giúp pháp lý"))
    #expect(!CandidateName.ends("hủ tiếu"))
  }

  @Test func theInPersonChannelWeighsNothing() {
    #expect(
      weightless(
        "Đăng ký, cấp biển số xe lần đầu thực hiện bằng dịch vụ công một phần hoặc trực tiếp "
          + "thực hiện tại cấp trung ương, cấp tỉnh, cấp xã")
        == "lần đầu thực hiện bằng dịch vụ công một phần hoặc trực tiếp thực hiện tại cấp trung "
        + "ương cấp tỉnh cấp xã")
    // The fully online twin keeps its words: the kiosk is not where it is done.
    #expect(
      weightless(
        "Cấp lại chứng nhận đăng ký xe, biển số xe thực hiện bằng dịch vụ công trực tuyến toàn trình"
      )
        == "")
    // "trực tiếp" alone is no channel ("khai thuế trực tiếp với cơ quan thuế").
    #expect(weightless("Khai thuế cho thuê nhà trực tiếp khai thuế với cơ quan thuế") == "")
  }

  @Test func defaultCasesWeighNothing() {
    #expect(weightless("Thủ tục đăng ký khai sinh") == "thủ tục")
    #expect(weightless("Đăng ký thành lập hộ kinh doanh") == "thành lập")
    #expect(weightless("Thủ tục thành lập địa điểm kiểm tra") == "thủ tục")
    #expect(weightless("Cấp hộ chiếu lần đầu") == "lần đầu")
    #expect(weightless("Gia hạn tạm trú cho người nước ngoài tại Việt Nam") == "tại việt nam")
  }

  @Test func peopleWeighNothingOnlyAsTheAudience() {
    #expect(
      weightless("Đăng ký đất đai lần đầu đối với hộ gia đình, cá nhân")
        == "lần đầu hộ gia đình cá nhân")
    // Only the list right after "đối với": the employer's "tổ chức, cá nhân trả thu nhập" is
    // not a citizen, nor is the tax's own "thu nhập cá nhân".
    #expect(
      weightless("Khai quyết toán thuế thu nhập cá nhân đối với tổ chức, cá nhân trả thu nhập")
        == "")
    // "giấy tờ cá nhân" is a document, not who applies.
    #expect(weightless("Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân") == "")
  }

  @Test func variantsAtSeveralLevelsShareAKey() {
    let commune = CandidateName.variantKey(words("Cấp lại thẻ căn cước"))
    let province = CandidateName.variantKey(words("Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)"))
    let exchange = CandidateName.variantKey(words("Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)"))
    #expect(commune == province)
    #expect(commune != exchange)
  }

  @Test func numbersAreReadAsNumbers() {
    #expect(Terms.accented("mức độ 02") == ["mức", "độ", "2"])
    #expect(Terms.folded("Mẫu 01, 00, 10") == ["mau", "1", "0", "10"])
  }

  @Test func foreignersAmongTheApplicants() {
    #expect(Applicants.includesForeigners(["Người nước ngoài", "Tổ chức nước ngoài"]))
    #expect(Applicants.includesForeigners(["Người nước ngoài cư trú tại Việt Nam"]))
    #expect(!Applicants.includesForeigners(["Công dân Việt Nam", "Tổ chức nước ngoài"]))
    #expect(!Applicants.includesForeigners(["Người Việt Nam định cư ở nước ngoài"]))
  }

  @Test func holdsComparesBytes() {
    #expect(CandidateName.holds("cấp xã, cấp tỉnh", "tỉnh"))
    #expect(CandidateName.holds("người nước ngoài", "người nước ngoài"))
    #expect(!CandidateName.holds("cấp tỉnh", "cấp xã"))
    #expect(!CandidateName.holds("xa", "xã"))
    #expect(!CandidateName.holds("", "xã"))
    #expect(CandidateName.holds("xã", ""))
  }

  /// Notes in brackets that widen a procedure weigh nothing; other brackets do.
  @Test func inclusiveNotesWeighNothing() {
    let name =
      "Chứng thực chữ ký trong các giấy tờ (áp dụng cho cả trường hợp chứng thực điểm chỉ)"
    let words = words(name)
    let note = SearchDocument.notes(
      name, opening: SearchDocument.inclusiveOpenings, abbreviations: Abbreviations([]))
    #expect(
      note.sorted().map { words[$0] }.joined(separator: " ")
        == "áp dụng cho cả trường hợp chứng thực điểm chỉ")
    #expect(
      SearchDocument.notes(
        "Cấp giấy phép (trường hợp bị mất) (bao gồm cả bản sao)",
        opening: SearchDocument.inclusiveOpenings, abbreviations: Abbreviations([])
      ) == Set(7..<12))
    #expect(
      SearchDocument.notes(
        "Cấp giấy phép (trừ trường hợp bị mất",
        opening: SearchDocument.inclusiveOpenings, abbreviations: Abbreviations([])
      )
      .isEmpty)
    // A list of the cases covered ("(Không theo tuyến/Theo tuyến/Dự án)") widens the procedure.
    let listing = "Gia hạn giấy phép (Không theo tuyến/Theo tuyến/Dự án) và nhà ở"
    let listed = self.words(listing)
    #expect(
      SearchDocument.notes(
        listing, opening: [], abbreviations: Abbreviations([]), orListing: true
      )
      .sorted().map { listed[$0] }.joined(separator: " ") == "không theo tuyến theo tuyến dự án")
    #expect(
      SearchDocument.notes(
        "Cấp phép (xã/phường)", opening: [], abbreviations: Abbreviations([]), orListing: true
      )
      .isEmpty)
  }

  /// What a name rules out, "(trừ …)": the pairs found only there.
  @Test func exclusionsAreFound() {
    let procedure = Procedure(
      code: "X.1",
      name: "Cấp giấy chứng nhận kiểm định cho xe cơ giới (trừ xe mô tô, xe gắn máy), xe máy",
      origin: "test")
    let document = SearchDocument(procedure, abbreviations: Abbreviations([]))
    #expect(document.excludedPairs == ["gan_may", "mo_to", "to_xe", "tru_xe", "xe_gan", "xe_mo"])
  }
}
