import Foundation
import Testing

@testable import KnowledgeBase

/// Search over the real catalogue, when ../shared/data is there (CI has it).
enum RealIndex {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let searcher: Searcher? = {
    let folder = root.appendingPathComponent("knowledge-base")
    guard let merged = try? KnowledgeBaseLoader.load(folder: folder, root: root) else {
      return nil
    }
    let index = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-real-\(UUID().uuidString).sqlite")
    guard (try? IndexBuilder().build(merged, at: index)) != nil else { return nil }
    return try? Searcher(indexAt: index)
  }()

  static var available: Bool {
    FileManager.default.fileExists(
      atPath: root.appendingPathComponent("../shared/data/dichvucong").standardizedFileURL.path)
  }
}

@Suite(.enabled(if: RealIndex.available, "needs ../shared/data"))
struct RealSearchTests {
  /// Terms held by most procedures are skipped for speed; a query of only such terms must
  /// still find its procedures (a bug once returned nothing for "hộ chiếu").
  @Test(arguments: ["hộ chiếu", "ho chieu", "đăng ký", "giấy tờ", "cấp"])
  func queriesOfCommonWordsStillFindProcedures(query: String) throws {
    let searcher = try #require(RealIndex.searcher)
    #expect(!(try searcher.search(query, limit: 5).results.isEmpty))
  }

  @Test func findsEverydayNeeds() throws {
    let searcher = try #require(RealIndex.searcher)
    #expect(try searcher.search("đăng ký khai sinh", limit: 3).results.first?.code == "1.001193")
    let passport = try searcher.search("cấp hộ chiếu", limit: 5).results.map(\.name)
    #expect(passport.contains { $0.contains("hộ chiếu") })
  }
}

@Suite(.enabled(if: RealIndex.available, "needs ../shared/data"))
struct RealSearchAudienceTests {
  /// Foreign residents type English: of two procedures of the same name, theirs comes first.
  @Test func englishPrefersTheForeignersProcedure() throws {
    let searcher = try #require(RealIndex.searcher)
    let vietnamese = try searcher.search("gia hạn tạm trú", limit: 1, explain: false).results.first
    let english = try searcher.search("extend my temporary residence", limit: 1, explain: false)
      .results.first
    #expect(vietnamese?.name == "Gia hạn tạm trú")
    #expect(english?.name.contains("người nước ngoài") == true)
  }

  /// A loanword's mark ("fiancée") does not make an English query Vietnamese.
  @Test func englishWithAMarkedLoanwordIsEnglish() throws {
    let searcher = try #require(RealIndex.searcher)
    let response = try searcher.search(
      "register marriage with my Vietnamese fiancée", limit: 1, explain: false)
    #expect(response.analysis.isEnglish)
    #expect(response.results.first?.name.contains("kết hôn") == true)
  }

  /// Asking for a paper one does not have yet is a first issue, not a re-issue; saying it is
  /// lost asks for the re-issue.
  @Test func aPaperAskedForIsAFirstIssue() throws {
    let searcher = try #require(RealIndex.searcher)
    let first = try searcher.search("làm giấy phép kinh doanh hộ cá thể", limit: 1).results.first
    #expect(first?.name == "Đăng ký thành lập hộ kinh doanh")
    let lost = try searcher.search("mất giấy phép kinh doanh hộ cá thể", limit: 1).results.first
    #expect(lost?.name.hasPrefix("Cấp lại") == true)
  }

  /// The kiosk is the in-person channel: a vehicle's first registration there is the variant
  /// done "một phần hoặc trực tiếp", not the fully online one for imported vehicles, unless the
  /// query asks for that.
  @Test func theKioskIsInPerson() throws {
    let searcher = try #require(RealIndex.searcher)
    let kiosk = try searcher.search("đăng ký xe máy mới mua", limit: 1).results.first
    #expect(kiosk?.name.contains("một phần hoặc trực tiếp") == true)
    let online = try searcher.search("đăng ký xe nhập khẩu trực tuyến", limit: 1).results.first
    #expect(online?.name.contains("toàn trình") == true)
  }

  /// A country is abroad: a death of an Australian national is one with a foreign element.
  @Test func aCountryIsAbroad() throws {
    let searcher = try #require(RealIndex.searcher)
    let result = try searcher.search(
      "chồng tôi quốc tịch Úc mất ở nhà, đăng ký khai tử ở đâu", limit: 1
    ).results.first
    #expect(result?.name.contains("có yếu tố nước ngoài") == true)
  }

  /// The same procedure at another level is not a rival: the top result keeps its confidence.
  @Test func levelVariantsDoNotLowerConfidence() throws {
    let searcher = try #require(RealIndex.searcher)
    let results = try searcher.search("cấp lại thẻ căn cước", limit: 3, explain: false).results
    #expect(results.count == 3)
    #expect(results[0].confidence >= 0.8)
  }

  /// Telex repairs can reveal a longer synonym even when a shorter one fired on what was typed
  /// ("tncn" alone, then "quyết toán thuế tncn").
  @Test func repairsRevealSynonymsAfterOthersFired() throws {
    let searcher = try #require(RealIndex.searcher)
    let response = try searcher.search("quyeets toans thuees tncn", limit: 1, explain: false)
    let phrases = response.analysis.expansions.flatMap(\.phrases).map {
      $0.joined(separator: " ")
    }
    #expect(phrases.contains { $0.hasPrefix("quyết toán thuế") })
  }

  /// A Vietnamese query that speaks of nothing foreign means the domestic procedure of a pair.
  @Test func domesticBeforeForeignElement() throws {
    let searcher = try #require(RealIndex.searcher)
    let domestic = try searcher.search("cải chính hộ tịch", limit: 1, explain: false).results
    #expect(domestic.first?.name.contains("nước ngoài") == false)
    let foreign = try searcher.search(
      "cải chính hộ tịch có yếu tố nước ngoài", limit: 1, explain: false
    ).results
    #expect(foreign.first?.name.contains("nước ngoài") == true)
  }
}
