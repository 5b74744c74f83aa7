import Testing

@testable import KnowledgeBase

@Suite struct ImportDocumentTableTests {
  static let header = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"

  @Test func sectionsNotesAndCountsOfTheBirthRegistration() {
    // thanh_phan_ho_so of 1.001193 (khai sinh), abridged.
    let raw =
      "* Giấy tờ phải nộp:\(Self.header)- Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc "
      + "trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.1 bản chínhTrường hợp người yêu cầu đã nộp bản "
      + "điện tử Giấy chứng sinh thì không phải nộp bản giấy.0 bản chính- Giấy chứng sinh; trường hợp "
      + "không có Giấy chứng sinh thì nộp văn bản của người làm chứng.1 bản chính"
      + "* Giấy tờ phải xuất trình:\(Self.header)- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước còn "
      + "giá trị sử dụng.1 bản chính"
      + "* Lưu ý:\(Self.header)- Đối với việc xác định họ, dân tộc, quê quán, đặt tên cho trẻ:0 bản chính"
      + "--\(Self.header)- Tờ khai đăng ký khai sinh theo mẫu  (nếu người có yêu cầu lựa chọn nộp hồ sơ "
      + "theo hình thức trực tiếp);1 bản chính"
    let split = DocumentTable.split(raw)
    #expect(split.issues.isEmpty)
    #expect(split.processed == 6)
    let documents = split.value
    #expect(
      documents.map(\.name) == [
        "Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm "
          + "quyền lập.",
        "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh thì không phải nộp bản giấy.",
        "Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng.",
        "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước còn giá trị sử dụng.",
        "Đối với việc xác định họ, dân tộc, quê quán, đặt tên cho trẻ:",
        "Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức "
          + "trực tiếp)",
      ])
    #expect(documents.map(\.section) == [.submit, .submit, .submit, .present, .submit, .submit])
    #expect(documents.map(\.isNote) == [false, true, false, false, true, false])
    #expect(documents.map(\.originals) == [1, 0, 1, 1, 0, 1])
    #expect(documents.allSatisfy { $0.caseHeading == nil })
  }

  @Test func caseHeadingsAndCopies() {
    // thanh_phan_ho_so of 1.007664, abridged: a heading before the first table, "0 bản chính,1
    // bản sao", and a second table without heading.
    let raw =
      "Ngoài hồ sơ miễn thuế nêu trên, tùy từng trường hợp người nộp thuế phải nộp thêm\(Self.header)"
      + "Giấy phép lao động hoặc văn bản có giá trị tương đương0 bản chính,1 bản sao"
      + "Quyết định của Bộ trưởng Bộ Tài chính về việc miễn thuế1 bản chính"
      + "--\(Self.header)Hồ sơ hải quan theo quy định của pháp luật hải quan.1 bản chính"
    let documents = DocumentTable.split(raw).value
    #expect(documents.count == 3)
    let heading = "Ngoài hồ sơ miễn thuế nêu trên, tùy từng trường hợp người nộp thuế phải nộp thêm"
    #expect(documents[0].caseHeading == heading)
    #expect(documents[0].originals == 0 && documents[0].copies == 1 && !documents[0].isNote)
    #expect(documents[1].caseHeading == heading)
    #expect(documents[2].caseHeading == nil)
  }

  @Test func caseHeadingsBetweenTables() {
    // 1.014241: "Trường hợp …" headings sit between the last count and the next header.
    let raw =
      "--\(Self.header)Văn bản đề nghị điều chỉnh giấy phép khai thác khoáng sản1 bản chính"
      + "Trường hợp tổ chức, cá nhân khai thác khoáng sản đề nghị thay đổi tên gọi\(Self.header)"
      + "Văn bản đề nghị điều chỉnh nội dung giấy phép khai thác khoáng sản"
      + "Mau 08 - Phu luc II_36.2025.TT-BNNMT_02.7.2025.doc1 bản chính"
    let documents = DocumentTable.split(raw).value
    #expect(documents.count == 2)
    #expect(documents[0].caseHeading == nil)
    #expect(
      documents[1].caseHeading
        == "Trường hợp tổ chức, cá nhân khai thác khoáng sản đề nghị thay đổi tên gọi")
    #expect(
      documents[1].name == "Văn bản đề nghị điều chỉnh nội dung giấy phép khai thác khoáng sản")
    #expect(documents[1].form == "Mau 08 - Phu luc II_36.2025.TT-BNNMT_02.7.2025.doc")
  }

  @Test func formFilesAreSplitFromNames() {
    let raw =
      "--\(Self.header)Tờ khai đăng ký khai sinh theo Mẫu TK01Mẫu TK01.docx1 bản chính"
      + "Đơn đề nghị chuyển đổi Giấy phép theo Mẫu số 08 ban hành kèm theo Nghị định số "
      + "121/2021/NĐ-CP ngày 27/12/2021;Mus08.docx1 bản chính"
      + "Báo cáo tình hình nước theo Mẫu 45, Mẫu 48, Phụ lục I Nghị định số 23/2026/NĐ-CP"
      + "Mau45.docxMau48.docx1 bản chính"
      + "Báo cáo tài chính năm 2025.Phụ lục số 05.docxMẫu số 09.docx0 bản chính,1 bản sao"
      + "Thông báo cho Sở Tư pháp nơi đã cấp Giấy đăng ký hoạt động.Mẫu số 11-PLIII-TTTM.docx1 bản chính"
      + "Đơn đề nghị cấp Giấy phép tiếp cận nguồn genDon dang ky TCNG.docx1 bản chính"
      + "Đơn xin nhận con nuôi1.nxinnhnconnui.doc2 bản chính"
      + "Đơn đề nghị (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA)Mẫu DC02 Phiếu đề nghị "
      + "giải quyết thủ tục về căn cước.doc1 bản chính"
    let documents = DocumentTable.split(raw).value
    let pairs = documents.map { [$0.name, $0.form ?? "-"] }
    #expect(
      pairs == [
        ["Tờ khai đăng ký khai sinh theo Mẫu TK01", "Mẫu TK01.docx"],
        [
          "Đơn đề nghị chuyển đổi Giấy phép theo Mẫu số 08 ban hành kèm theo Nghị định số "
            + "121/2021/NĐ-CP ngày 27/12/2021", "Mus08.docx",
        ],
        [
          "Báo cáo tình hình nước theo Mẫu 45, Mẫu 48, Phụ lục I Nghị định số 23/2026/NĐ-CP",
          "Mau45.docx, Mau48.docx",
        ],
        ["Báo cáo tài chính năm 2025.", "Phụ lục số 05.docx, Mẫu số 09.docx"],
        [
          "Thông báo cho Sở Tư pháp nơi đã cấp Giấy đăng ký hoạt động.",
          "Mẫu số 11-PLIII-TTTM.docx",
        ],
        ["Đơn đề nghị cấp Giấy phép tiếp cận nguồn gen", "Don dang ky TCNG.docx"],
        ["Đơn xin nhận con nuôi", "1.nxinnhnconnui.doc"],
        [
          "Đơn đề nghị (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA)",
          "Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc",
        ],
      ])
    #expect(documents[6].originals == 2)
  }

  @Test func countsInsideNamesAreNotRowEnds() {
    let raw =
      "--\(Self.header)a) Tờ khai hải quan: 02 bản chính;0 bản chính"
      + "Giấy tờ (01 bản chính hoặc 01 bản sao có chứng thực)1 bản chính"
      + "Ảnh chân dung (01 ảnh dán vào tờ khai, 01 ảnh để rời).2 bản chính"
      + "Đơn đề nghị theo Mẫu số 181 bản chính,1 bản sao"
      + "Văn bản theo Nghị định 58/2026/NĐ-CP ngày 13/02/20261 bản chính"
    let documents = DocumentTable.split(raw).value
    #expect(
      documents.map(\.name) == [
        "a) Tờ khai hải quan: 02 bản chính", "Giấy tờ (01 bản chính hoặc 01 bản sao có chứng thực)",
        "Ảnh chân dung (01 ảnh dán vào tờ khai, 01 ảnh để rời).", "Đơn đề nghị theo Mẫu số 18",
        "Văn bản theo Nghị định 58/2026/NĐ-CP ngày 13/02/2026",
      ])
    #expect(documents.map(\.originals) == [0, 1, 2, 1, 1])
    #expect(documents.map(\.copies) == [0, 0, 0, 1, 0])
    #expect(documents[0].isNote)
  }

  @Test func decomposedAndNBSPInputIsCleaned() {
    let raw =
      "--\(Self.header)To\u{031B}\u{0300} khai\u{00A0}đăng ký1 ba\u{0309}n chi\u{0301}nh"
    let split = DocumentTable.split(raw)
    #expect(split.value.map(\.name) == ["Tờ khai đăng ký"])
    #expect(split.value.first?.originals == 1)
  }

  @Test func rowsThatCannotBeSplitAreReported() {
    // 1.011435: text after the last count; 1.014565: a count with no name.
    let raw =
      "--\(Self.header)Văn bản yêu cầu đăng ký1 bản chính****1 bản chính,1 bản sao"
      + "Trường hợp nộp hồ sơ qua hệ thống đăng ký trực tuyến thì hồ sơ đăng ký bao gồm thông tin "
      + "phải được kê khai."
    let split = DocumentTable.split(raw)
    #expect(split.processed == 3)
    #expect(split.issues.map(\.reason) == ["không có tên giấy tờ", "không có số lượng"])
    #expect(split.value.count == 2)
    #expect(split.value[1].isNote)
  }

  @Test func textWithoutTableIsOneUnsplitRow() {
    let split = DocumentTable.split("KQ.G04.000398")
    #expect(split.value.isEmpty)
    #expect(split.processed == 1)
    #expect(split.issues.count == 1)
    #expect(DocumentTable.split("--").processed == 0)
    #expect(DocumentTable.split("Không có thông tin").processed == 0)
  }

  @Test func groupHeadings() {
    #expect(DocumentGroupHeading("* Giấy tờ phải xuất trình:").section == .present)
    #expect(DocumentGroupHeading("* Giấy tờ phải nộp:") == .none)
    #expect(DocumentGroupHeading("a) Thành phần hồ sơ:") == .none)
    #expect(DocumentGroupHeading("* Lưu ý :").holdsNotes)
    #expect(
      DocumentGroupHeading("* Trường hợp ủy quyền thực hiện thủ tục:").caseHeading
        == "Trường hợp ủy quyền thực hiện thủ tục")
  }
}
