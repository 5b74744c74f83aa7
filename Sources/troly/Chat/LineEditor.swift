import CReadline
import Glibc
import Synchronization

/// Line editing on a terminal through readline's callback interface: the shell polls stdin
/// itself, so it can time out (kiosk idle timers) while a line is half typed. In-session history
/// only: no history file is ever read or written.
final class LineEditor {
  enum Event: Equatable {
    /// A line was entered.
    case line(String)
    /// Ctrl-D on an empty line.
    case endOfInput
    /// The terminal is gone.
    case hangup
    /// Keys were typed; the line is not finished.
    case typed
    /// The deadline passed with no key typed.
    case deadline
  }

  /// Kill-ring entries pushed out when a line is forgotten: readline keeps ten.
  private static let killRingSlots = 16

  /// What the line handler received, for `next(until:)` to pick up. readline calls the handler
  /// from `rl_callback_read_char`, on this thread; the lock only satisfies Swift's checks.
  private static let received = Mutex<Event?>(nil)

  /// When a key was last typed, or the prompt last shown.
  private(set) var lastActivity = ContinuousClock.now
  private var installed = false

  /// Configures readline once: Ctrl-C cancels the line; in a kiosk, the keys that would keep
  /// text beyond a session (history searches, keyboard macros) or switch modes do nothing.
  init(kiosk: Bool) {
    troly_rl_configure("troly")
    _ = troly_rl_bind_cancel(3)
    // Ctrl-Z and Ctrl-\ arrive as keys too (the tty's VSUSP and VQUIT are off): ignore them.
    _ = troly_rl_disable_keyseq("\\C-z")
    _ = troly_rl_disable_keyseq("\\C-\\\\")
    if kiosk {
      for sequence in ["\\C-r", "\\C-s", "\\ep", "\\en", "\\e\\C-j", "\\C-x(", "\\C-x)", "\\C-xe"] {
        _ = troly_rl_disable_keyseq(sequence)
      }
    }
  }

  /// Shows `prompt` and starts a new line.
  func begin(prompt: String) {
    Self.received.withLock { $0 = nil }
    rl_callback_handler_install(prompt) { pointer in
      rl_callback_handler_remove()
      let event: Event
      if let pointer {
        event = .line(
          String(
            decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
        )
        memset(pointer, 0, strlen(pointer))
        free(pointer)
      } else {
        event = .endOfInput
      }
      LineEditor.received.withLock { $0 = event }
    }
    installed = true
    lastActivity = .now
  }

  /// Waits for keys until `deadline` (forever when nil) and feeds them to readline.
  func next(until deadline: ContinuousClock.Instant?) -> Event {
    guard installed else { return .endOfInput }
    while true {
      var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, Self.milliseconds(until: deadline))
      if ready < 0 {
        guard errno == EINTR else { return .hangup }
        rl_check_signals()  // a resize: readline redraws the line
        continue
      }
      if ready == 0 { return .deadline }
      if descriptor.revents & Int16(POLLIN) == 0 { return .hangup }
      rl_callback_read_char()
      lastActivity = .now
      if let event = Self.received.withLock({ $0 }) {
        installed = false
        return event
      }
      return .typed
    }
  }

  /// Whether something is typed on the current line.
  var hasPartialLine: Bool { installed && troly_rl_line_length() > 0 }

  /// Prints `text` (whole lines) above the prompt, keeping what is typed.
  func printAbove(_ text: String) {
    guard installed else { return }
    troly_rl_print_above(text)
  }

  /// Stops editing the current line, if any, and forgets it.
  func abandon() {
    if installed {
      rl_callback_handler_remove()
      installed = false
    }
    troly_rl_forget_line(Int32(Self.killRingSlots))
  }

  /// Adds a line to the in-session history.
  func remember(_ line: String) {
    add_history(line)
  }

  /// Forgets the line, the kill ring and the whole history.
  func forgetEverything() {
    abandon()
    troly_history_forget()
  }

  private static func milliseconds(until deadline: ContinuousClock.Instant?) -> Int32 {
    guard let deadline else { return -1 }
    let remaining = ContinuousClock.now.duration(to: deadline)
    if remaining <= .zero { return 0 }
    let (seconds, attoseconds) = remaining.components
    let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: milliseconds)
  }
}
