import Foundation
import Testing

/// `troly chat` on a real terminal (tmux): line editing in Vietnamese, Ctrl-C, Ctrl-D, kiosk
/// idle wipes. Skipped when tmux is missing (scripts/setup installs it).
@Suite(
  .serialized,
  .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed (scripts/setup installs it)"))
struct ChatTerminalTests {
  static let greeting = "Bạn cần làm thủ tục gì?"
  static let prompt = "Bạn ›"

  /// A sandbox with its index built (so no build message sits on the screen), and `troly chat
  /// ARGUMENTS` running in tmux in it.
  private func start(
    _ arguments: [String], prompt: String = Self.prompt,
    prepare: (Sandbox) throws -> Void = { _ in }
  ) throws -> (Sandbox, TmuxTerminal) {
    let sandbox = try Sandbox.forChat()
    try prepare(sandbox)
    #expect(try sandbox.run(["index", "build"]).status == 0)
    let terminal = try TmuxTerminal(
      binary: Sandbox.binary, arguments: ["chat"] + arguments, in: sandbox.root)
    do {
      let screen = try terminal.waitFor("the prompt “\(prompt)”") {
        $0.contains(prompt) || $0.contains(TmuxTerminal.exitMarker)
      }
      try #require(!screen.contains(TmuxTerminal.exitMarker), "troly chat ended:\n\(screen)")
    } catch {
      terminal.stop()
      throw error
    }
    return (sandbox, terminal)
  }

  /// The last line that starts with the prompt.
  private func promptLine(_ screen: String) -> String? {
    screen.split(separator: "\n").last { $0.hasPrefix(Self.prompt) }.map(String.init)
  }

  @Test func typingVietnameseShowsItAndFindsTheProcedure() throws {
    let (_, terminal) = try start([])
    defer { terminal.stop() }
    try terminal.type("đăng ký kết hôn")
    try terminal.waitFor("the typed line") { promptLine($0) == "Bạn › đăng ký kết hôn" }
    try terminal.press("Enter")
    try terminal.waitFor(text: "Thủ tục đăng ký kết hôn")
  }

  /// The hand-off through readline: the service starts in the background of the REPL and the
  /// submission waits for it without blocking the terminal.
  @Test func aCaseIsSubmittedFromTheTerminalInKioskMode() throws {
    let (_, terminal) = try start(["--kiosk"]) {
      try $0.write("knowledge-base/local/HCM.0001.yaml", ChatHandoffTests.procedure)
    }
    defer { terminal.stop() }
    for line in [
      "xe đạp điện", "1", "kiểm tra giấy tờ", "có", "có", "Trần Thị Bích", "079090001234",
      "0903123456", "bỏ qua", "đồng ý", "có",
    ] {
      try terminal.type(line)
      try terminal.press("Enter")
    }
    try terminal.waitFor(text: "Mã hồ sơ: HCM-")
  }

  @Test func backspaceRemovesAWholeVietnameseLetter() throws {
    let (_, terminal) = try start([])
    defer { terminal.stop() }
    try terminal.type("đăng ký kh")
    try terminal.type("ă")
    try terminal.waitFor("“ă” typed") { promptLine($0) == "Bạn › đăng ký khă" }
    try terminal.press("BSpace")
    try terminal.waitFor("“ă” erased") { promptLine($0) == "Bạn › đăng ký kh" }
    try terminal.type("a")
    try terminal.type("i sinh")
    try terminal.waitFor("the corrected line") { promptLine($0) == "Bạn › đăng ký khai sinh" }
    try terminal.press("Enter")
    try terminal.waitFor(text: "Thủ tục đăng ký khai sinh")
  }

  @Test func ctrlCCancelsTheLineAndKeepsRunning() throws {
    let (_, terminal) = try start([])
    defer { terminal.stop() }
    try terminal.type("đăng ký kết hôn")
    try terminal.waitFor(text: "Bạn › đăng ký kết hôn")
    try terminal.press("C-c")
    try terminal.waitFor(text: "Bạn › đăng ký kết hôn^C")
    try terminal.type("hộ chiếu")
    try terminal.press("Enter")
    let screen = try terminal.waitFor(text: "Cấp hộ chiếu phổ thông")
    #expect(!screen.contains(TmuxTerminal.exitMarker))
    // The cancelled line was never sent: its procedure is not offered.
    #expect(!screen.contains("Thủ tục đăng ký kết hôn"))
  }

  @Test func ctrlDEndsTheSessionOutsideKioskMode() throws {
    let (_, terminal) = try start([])
    defer { terminal.stop() }
    try terminal.press("C-d")
    try terminal.waitFor(text: TmuxTerminal.exitMarker + "0]")
  }

  @Test func ctrlDAndCtrlZDoNotLeaveAKiosk() throws {
    let (_, terminal) = try start(["--kiosk"])
    defer { terminal.stop() }
    try terminal.press("C-d")
    try terminal.press("C-z")
    try terminal.press("C-c")
    try terminal.type("khai sinh")
    try terminal.press("Enter")
    let screen = try terminal.waitFor(text: "Thủ tục đăng ký khai sinh")
    #expect(!screen.contains(TmuxTerminal.exitMarker))
  }

  @Test func idleKioskWarnsThenWipesAndGreetsAgain() throws {
    let (_, terminal) = try start(["--kiosk", "--idle-warn", "1", "--idle-wipe", "1"])
    defer { terminal.stop() }
    try terminal.type("hộ chiếu")
    try terminal.press("Enter")
    try terminal.waitFor(text: "Cấp hộ chiếu phổ thông")
    try terminal.waitFor(text: "Bạn còn ở đó không? Nhấn Enter để tiếp tục")
    let screen = try terminal.waitFor("the greeting on a wiped screen") {
      $0.contains(Self.greeting) && !$0.contains("hộ chiếu") && !$0.contains("Bạn còn ở đó")
    }
    #expect(!screen.contains(TmuxTerminal.exitMarker))
    // History went with the session: Up brings nothing back.
    try terminal.press("Up")
    Thread.sleep(forTimeInterval: 0.3)
    #expect(promptLine(try terminal.screen()) == Self.prompt)
  }

  @Test func goodbyeInAKioskWipesInsteadOfExiting() throws {
    let (_, terminal) = try start(["--kiosk"])
    defer { terminal.stop() }
    try terminal.type("hộ chiếu")
    try terminal.press("Enter")
    try terminal.waitFor(text: "Cấp hộ chiếu phổ thông")
    try terminal.type("kết thúc")
    try terminal.press("Enter")
    let screen = try terminal.waitFor("goodbye, then the greeting on a wiped screen") {
      $0.contains("Thông tin phiên này đã được xoá") && $0.contains(Self.greeting)
        && !$0.contains("hộ chiếu")
    }
    #expect(!screen.contains(TmuxTerminal.exitMarker))
  }

  @Test func englishRepliesWithLangEn() throws {
    let (_, terminal) = try start(["--lang", "en"], prompt: "You ›")
    defer { terminal.stop() }
    try terminal.waitFor(text: "What do you need to do?")
    try terminal.press("Enter")
    try terminal.waitFor(text: "How can I help?")
  }
}
