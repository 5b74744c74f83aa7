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
