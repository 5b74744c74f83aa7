import CReadline

/// `troly chat` on a terminal: readline with in-session history, and in a kiosk the idle
/// timers: a warning after `idleWarn` without a key, a wipe `idleWipe` later.
struct TerminalChat {
  let session: ChatSession
  let editor: LineEditor
  let idleWarn: Duration
  let idleWipe: Duration

  func run() {
    session.forgetInput = { [editor] in editor.forgetEverything() }
    defer { editor.abandon() }
    session.greet()
    while true {
      guard let line = nextLine() else { return }
      if !line.allSatisfy(\.isWhitespace) { editor.remember(line) }
      if session.handle(.line(line)) == .end { return }
    }
  }

  /// The next line, running the idle timers while it is typed; nil when the session ends.
  private func nextLine() -> String? {
    editor.begin(prompt: session.texts.prompt)
    var warnedAt: ContinuousClock.Instant?
    while true {
      if let warning = warnedAt, editor.lastActivity > warning { warnedAt = nil }
      var deadline: ContinuousClock.Instant?
      if session.kiosk, session.touched || editor.hasPartialLine {
        deadline = warnedAt.map { $0 + idleWipe } ?? editor.lastActivity + idleWarn
      }
      switch editor.next(until: deadline) {
      case .line(let line):
        // Enter after the warning only says "still here".
        if warnedAt != nil, line.allSatisfy(\.isWhitespace) {
          editor.begin(prompt: session.texts.prompt)
          warnedAt = nil
          continue
        }
        return line
      case .endOfInput:
        session.output.write("\n")
        // Ctrl-D leaves the REPL, but never a kiosk: there it is an empty line.
        return session.kiosk ? "" : nil
      case .hangup:
        return nil
      case .typed:
        session.touched = true
      case .deadline:
        if warnedAt == nil {
          editor.printAbove(session.notice(session.texts.stillThere))
          warnedAt = .now
        } else {
          editor.abandon()
          _ = session.handle(.idleWipe)
          editor.begin(prompt: session.texts.prompt)
          warnedAt = nil
        }
      }
    }
  }
}
