import Testing
import VietnameseText

@testable import KnowledgeBase

@Suite struct AgesTests {
  @Test(arguments: [
    ("con tôi 16 tuổi làm căn cước", 16),
    ("bé 5 tuoi", 5),
    ("cho bé dưới 14 tuổi", 13),
    ("người trên 14 tuổi", 15),
    ("bé 8 tháng tuổi", 0),
    ("ID card for my 10 year old", 10),
    ("a child aged 12", 12),
  ])
  func agesInQueries(_ text: String, _ age: Int) {
    #expect(Ages.age(in: VietnameseText.foldedSyllables(text)) == age)
  }

  @Test func numbersThatAreNotAgesAreNotAges() {
    for text in ["cấp lại 2 lần", "nộp 14 bản sao", "tuổi nghề cơ yếu", ""] {
      #expect(Ages.age(in: VietnameseText.foldedSyllables(text)) == nil, "\(text)")
    }
  }

  @Test func rangesInNames() {
    func range(_ name: String) -> ClosedRange<Int>? {
      Ages.range(inName: name.lowercased().split(separator: " ").map(String.init))
    }
    #expect(range("Cấp thẻ căn cước cho người dưới 14 tuổi") == 0...13)
    #expect(range("Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên") == 14...150)
    #expect(range("Trợ cấp cho người trên 80 tuổi") == 81...150)
    #expect(range("Hỗ trợ trẻ em từ 6 đến dưới 14 tuổi") == 6...13)
    #expect(range("Thủ tục công nhận tuổi nghề cơ yếu") == nil)
    #expect(range("Cấp đổi thẻ căn cước") == nil)
  }

  @Test func theWordsThatGiveTheRange() {
    func words(_ name: String) -> String? {
      let words = name.lowercased().split(separator: " ").map(String.init)
      return Ages.phrase(inName: words).map { words[$0.words].joined(separator: " ") }
    }
    #expect(words("Cấp thẻ căn cước cho người dưới 14 tuổi") == "dưới 14 tuổi")
    #expect(words("Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên") == "từ đủ 14 tuổi trở lên")
    #expect(words("Hỗ trợ trẻ em từ 6 đến dưới 14 tuổi ở xã") == "từ 6 đến dưới 14 tuổi")
    #expect(words("Trợ cấp người trên 80 tuổi") == "trên 80 tuổi")
  }
}

@Suite struct ApplicantsTests {
  @Test func peopleOrOrganisations() {
    #expect(Applicants.includesIndividuals(["Công dân Việt Nam", "Doanh nghiệp"]))
    #expect(Applicants.includesIndividuals(["Người nước ngoài"]))
    #expect(Applicants.includesIndividuals([]))
    #expect(!Applicants.includesIndividuals(["Doanh nghiệp", "Hợp tác xã", "Tổ chức nước ngoài"]))
  }

  func organisation(_ text: String) -> Bool {
    Applicants.mentionsOrganisation(VietnameseText.foldedSyllables(text))
  }

  @Test func queriesThatNameAnOrganisation() {
    #expect(organisation("giải thể công ty tnhh"))
    #expect(organisation("cong ty toi muon doi ten"))
    #expect(organisation("set up a company"))
    #expect(!organisation("làm lại căn cước"))
    #expect(!organisation("tổ ấm"))
  }

  func foreign(_ text: String) -> Bool {
    Applicants.mentionsForeign(VietnameseText.foldedSyllables(text))
  }

  /// Abroad is "nước ngoài", "Việt kiều" or another country; a country whose name is an
  /// everyday syllable counts after a place word.
  @Test func queriesThatSpeakOfAbroad() {
    #expect(foreign("con tôi sinh ở Nhật"))
    #expect(foreign("chồng tôi quốc tịch Úc"))
    #expect(foreign("ly hôn theo bản án của tòa bên Mỹ"))
    #expect(foreign("đi xuất khẩu lao động Hàn Quốc về"))
    #expect(foreign("kết hôn với người nước ngoài"))
    #expect(!foreign("cập nhật thông tin cư trú"))
    #expect(!foreign("hợp đồng lao động"))
    #expect(!foreign("lý lịch tư pháp"))
    #expect(!foreign("tên cũ bị bạn bè trêu"))
    #expect(!foreign("mỹ phẩm nhập khẩu"))
    #expect(
      Applicants.countries(in: VietnameseText.foldedSyllables("sinh ở nhật về hàn quốc"))
        == [2..<3, 4..<6])
  }
}
