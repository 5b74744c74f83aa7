import Foundation
import Testing

@Suite(.serialized) struct ReplayCommandTests {
  @Test func malformedTranscriptFailsAloneAndTheRestRun() throws {
    let sandbox = try Sandbox.forChat()
    let folder = sandbox.root.appendingPathComponent("transcripts")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try sandbox.write(
      "transcripts/good.transcript",
      "title: tốt\ntags: ok\n---\n> xin chào\nXin chào! Bạn cần làm thủ tục gì?\n? intent: greet\n")
    try sandbox.write(
      "transcripts/wrong.transcript",
      "title: sai\n---\n> xin chào\nChào bạn.\n")
    try sandbox.write("transcripts/broken.transcript", "title: hỏng\n> thiếu dòng ---\n")
    let junit = sandbox.root.appendingPathComponent("report.xml").path
    let run = try sandbox.run(["replay", "--junit", junit])
    #expect(run.status == 1)
    #expect(run.text.contains("1 passed, 2 failed"))
    #expect(run.text.contains("transcripts/broken.transcript:2:"))
    #expect(run.text.contains("transcripts/wrong.transcript:4: lượt 1"))
    #expect(run.text.contains("- Chào bạn."))
    #expect(run.text.contains("+ Xin chào! Bạn cần làm thủ tục gì?"))
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("tests=\"3\" failures=\"2\""))

    // A malformed file cannot say its tags: it still counts, as a failure of its own.
    let filtered = try sandbox.run(["replay", "--filter", "ok"])
    #expect(filtered.text.contains("1 passed, 1 failed"))

    let update = try sandbox.run(["replay", "--update", "transcripts/wrong.transcript"])
    #expect(update.status == 0)
    #expect(try sandbox.run(["replay", "transcripts/wrong.transcript"]).status == 0)
  }
}
