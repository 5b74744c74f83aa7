import Foundation
import Testing

/// `troly chat` with stdin from a pipe: plain lines in, replies out, exit 0 at end of input.
@Suite struct ChatPipeTests {
  @Test func pipedInputEndsWithExitZero() throws {
    let sandbox = try Sandbox.forChat()
    let run = try sandbox.run(["chat"], input: Data("xin chào\n".utf8))
    #expect(run.status == 0, "\(run.error)")
    #expect(run.text.hasPrefix("Xin chào! Tôi là TroLy"))
    #expect(run.text.contains("Bạn cần làm thủ tục gì?"))
  }

  @Test func noEscapeSequenceReachesTheOutput() throws {
    let sandbox = try Sandbox.forChat()
    try sandbox.write(
      "knowledge-base/local/HCM.0002.yaml",
      "name: \"Đăng ký xe \\e[31mđạp\\x07 điện\"\nlevels: [Cấp xã]\n")
    let input = "\u{1B}[2J\u{1B}]0;title\u{07}xe đạp điện\n1\n"
    let run = try sandbox.run(["chat", "--lang", "en"], input: Data(input.utf8))
    #expect(run.status == 0, "\(run.error)")
    #expect(run.text.contains("Hello!"))
    #expect(run.text.contains("đạp"))
    #expect(!run.output.contains(0x1B))
    #expect(!run.output.contains(0x07))
  }

  @Test func savedChecklistIsATextFileUnderVar() throws {
    let sandbox = try Sandbox.forChat()
    try sandbox.write(
      "knowledge-base/local/HCM.0001.yaml",
      """
      name: Đăng ký xe đạp điện tại phường
      levels: [Cấp xã]
      documents:
        - name: Hóa đơn mua xe
          originals: 1
        - name: Giấy tờ tùy thân
          originals: 1
      """)
    let lines = [
      "đăng ký xe đạp điện", "1", "kiểm tra giấy tờ", "có", "chưa", "lưu danh sách", "",
    ]
    let run = try sandbox.run(["chat"], input: Data(lines.joined(separator: "\n").utf8))
    #expect(run.status == 0, "\(run.error)")
    #expect(run.text.contains("Đã lưu danh sách giấy tờ vào tệp var/checklists/"), "\(run.text)")
    let folder = sandbox.root.appendingPathComponent("var/checklists")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(files.count == 1)
    let name = try #require(files.first)
    #expect(name.hasSuffix("-HCM.0001.txt"))
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    #expect(text.contains("Đăng ký xe đạp điện tại phường (HCM.0001)"))
    #expect(text.contains("[x] 1. Hóa đơn mua xe"))
    #expect(text.contains("[ ] 2. Giấy tờ tùy thân"))
  }
}
