import CReadline
import Glibc

/// The terminal settings `troly chat` runs under: Ctrl-C, Ctrl-\ and Ctrl-Z reach readline as
/// keys instead of raising signals (Ctrl-C cancels the line; nothing suspends or kills the
/// REPL from the keyboard). The original settings come back on a normal end, SIGTERM and
/// SIGHUP.
final class TerminalMode {
  private var original = termios()

  /// Changes the settings of the terminal on stdin; nil when stdin is not a terminal.
  init?(kiosk: Bool) {
    guard isatty(0) == 1, tcgetattr(0, &original) == 0 else { return nil }
    // A parent may have left signals blocked (a test runner's thread, say): SIGTERM, SIGHUP
    // and SIGWINCH must arrive.
    var none = sigset_t()
    sigemptyset(&none)
    pthread_sigmask(SIG_SETMASK, &none, nil)
    troly_reset_terminal_on_signals()
    if kiosk {
      // Signals from elsewhere (another tty, job control) do not end a kiosk either.
      for number in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { signal(number, SIG_IGN) }
    }
    var settings = original
    withUnsafeMutableBytes(of: &settings.c_cc) { characters in
      for index in [VINTR, VQUIT, VSUSP] where Int(index) < characters.count {
        characters[Int(index)] = 0  // _POSIX_VDISABLE
      }
    }
    tcsetattr(0, TCSANOW, &settings)
  }

  /// Puts the original settings back.
  func restore() {
    tcsetattr(0, TCSANOW, &original)
  }
}
