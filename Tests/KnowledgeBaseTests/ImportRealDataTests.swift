import Foundation
import Testing

@testable import KnowledgeBase

/// The real exports in ../shared/data (or `TROLY_SHARED_DATA`), when they are there.
enum RealExports {
  static let folder: URL = {
    if let path = ProcessInfo.processInfo.environment["TROLY_SHARED_DATA"] {
      return URL(fileURLWithPath: path)
    }
    // Tests/KnowledgeBaseTests/<file> → the repository root → ../shared/data
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/data/dichvucong")
  }()

  static let national = folder.appendingPathComponent("national-catalogue.jsonl")
  static let defence = folder.appendingPathComponent("defence-ministry.jsonl")

  static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}

@Suite struct ImportRealDataTests {
  @Test(
    .enabled(
      if: RealExports.exists(RealExports.national),
      "national-catalogue.jsonl not found in ../shared/data/dichvucong (set TROLY_SHARED_DATA)"))
  func nationalCatalogue() throws {
    let result = try PortalImporter.importNational(
      contentsOf: RealExports.national, sourceName: "national")
    let report = result.report
    #expect(result.procedures.count == 2642)
    #expect(report.procedureCount == 2642)
    #expect(report.errors.isEmpty)
    #expect(report.duplicates.isEmpty)
    #expect(report.documents.processed > 10_000)
    #expect(report.documents.unsplitRate < 0.02, "\(report.documents.summary)")
    #expect(report.methods.unsplitRate < 0.02, "\(report.methods.summary)")
    #expect(report.legalBasis.unsplitRate < 0.02, "\(report.legalBasis.summary)")
    #expect(report.steps.unsplitRate < 0.02, "\(report.steps.summary)")
    #expect(report.result.unsplitRate < 0.02, "\(report.result.summary)")

    let birth = try #require(result.procedures.first { $0.code == "1.001193" })
    #expect(birth.levels == ["Cấp xã"])
    #expect(birth.documents.contains { $0.section == .present })
    #expect(birth.documents.contains { $0.isNote })
    #expect(
      birth.documents.contains { $0.name.hasPrefix("Tờ khai đăng ký khai sinh") && !$0.isNote })
    #expect(birth.result == "Giấy khai sinh")
    // Every text is NFC and free of NBSP.
    for procedure in result.procedures {
      let texts = [procedure.name] + procedure.documents.map(\.name) + procedure.steps
      for text in texts {
        #expect(
          !text.unicodeScalars.contains { (0x300...0x36F).contains($0.value) || $0 == "\u{A0}" })
      }
    }
  }

  @Test(
    .enabled(
      if: RealExports.exists(RealExports.defence),
      "defence-ministry.jsonl not found in ../shared/data/dichvucong (set TROLY_SHARED_DATA)"))
  func defenceMinistry() throws {
    let result = try PortalImporter.importDefence(
      contentsOf: RealExports.defence, sourceName: "defence")
    #expect(result.procedures.count == 207)
    #expect(result.report.errors.isEmpty)
    #expect(result.report.documents.unsplit.isEmpty)
    #expect(result.report.methods.unsplit.isEmpty)
    #expect(result.procedures.allSatisfy { !$0.levels.isEmpty })
  }
}
