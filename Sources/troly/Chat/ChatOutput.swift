import CReadline
import Foundation

/// Standard output for `troly chat`: written at once (a pipe sees the greeting immediately),
/// laid out by `ReplyRenderer` to the terminal's width, in colour only on a terminal without
/// NO_COLOR.
struct ChatOutput {
  let isTerminal: Bool
  let colour: Bool

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    isTerminal = isatty(1) == 1
    let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    colour = isTerminal && !noColour && environment["TERM"] != "dumb"
  }

  /// The renderer for the terminal's current width (80 when unknown).
  var renderer: ReplyRenderer {
    let columns = Int(troly_terminal_columns(1))
    return ReplyRenderer(width: columns > 0 ? columns : 80, colour: colour)
  }

  func write(_ text: String) {
    troly_flush_stdout()
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      if written <= 0 { return }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Clears the screen and the scrollback, on a terminal only.
  func clearScreen() {
    guard isTerminal else { return }
    write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
  }
}
