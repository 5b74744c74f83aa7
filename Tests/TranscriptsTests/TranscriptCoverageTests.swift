import Conversation
import Foundation
import Testing

@testable import Transcripts

/// The transcripts in the repository are the staff's safety net: every intent must be checked by
/// at least one of them, and every one of them must parse.
@Suite struct TranscriptCoverageTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("transcripts")

  @Test func everyIntentIsCheckedByATranscript() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".transcript") }
    #expect(files.count >= 40)
    var checked: Set<String> = []
    for file in files {
      let text = try String(
        contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
      let transcript = try TranscriptParser.parse(text, path: file)
      for turn in transcript.turns {
        for assertion in turn.assertions where assertion.key == "intent" {
          checked.insert(assertion.value)
        }
      }
    }
    let missing = Intent.allCases.map(\.rawValue).filter { !checked.contains($0) }
    #expect(missing.isEmpty, "no transcript checks \(missing)")
  }
}
