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
}
