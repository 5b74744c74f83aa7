import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A real terminal for the real binary: a detached tmux session on a private server (its own
/// socket and no configuration), driven with `send-keys` and read with `capture-pane`.
final class TmuxTerminal {
  /// tmux on the PATH, or in the usual places.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    return folders.map { URL(fileURLWithPath: $0).appendingPathComponent("tmux") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static var isAvailable: Bool { executable != nil }

  /// Printed by the wrapper shell when the program ends, with its exit code.
  static let exitMarker = "[troly exited "

  private let socket = "troly-test-\(UUID().uuidString.prefix(8))"
  private let session = "chat"

  /// Starts `troly ARGUMENTS` in `folder` on a `columns`×`rows` xterm-256color terminal in
  /// the C.UTF-8 locale. When it ends the pane stays, showing `[troly exited N]`.
  init(
    binary: URL, arguments: [String], in folder: URL, columns: Int = 100, rows: Int = 30
  ) throws {
    let command =
      ([binary.path] + arguments).map(Self.quoted).joined(separator: " ")
      + "; echo \"\(Self.exitMarker)$?]\"; sleep 600"
    try tmux([
      "new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)", "-c", folder.path,
      "-e", "TERM=xterm-256color", "-e", "LANG=C.UTF-8", "-e", "LC_ALL=",
      "env -u TROLY_INDEX -u NO_COLOR \(command)",
    ])
  }

  /// Ends the tmux server and everything in it.
  func stop() {
    _ = try? tmux(["kill-server"])
  }

  /// Types `text` literally.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", session, "-l", text])
  }

  /// Presses keys by their tmux names: "Enter", "BSpace", "C-c", "C-d".
  func press(_ keys: String...) throws {
    try tmux(["send-keys", "-t", session] + keys)
  }

  /// The visible screen, one line a row, trailing spaces removed.
  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-t", session])
  }

  /// Polls the screen until `condition` holds, for at most `seconds`; when it never does,
  /// records an issue showing the last screen and throws.
  @discardableResult
  func waitFor(
    _ what: String, seconds: Double = 5, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while true {
      last = try screen()
      if condition(last) { return last }
      if Date() >= deadline { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record(
      "waited \(seconds) s for \(what); the screen:\n\(last)", sourceLocation: sourceLocation)
    throw TmuxError.timedOut(what)
  }

  /// Waits until the screen shows `text`.
  @discardableResult
  func waitFor(
    text: String, seconds: Double = 5, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try waitFor("“\(text)”", seconds: seconds, sourceLocation: sourceLocation) {
      $0.contains(text)
    }
  }

  /// Runs tmux with a clean signal mask and default signal actions: a test runner's thread
  /// blocks most signals, and a tmux server (and the program in it) would inherit that and
  /// never see SIGHUP, SIGTERM or SIGWINCH.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else { throw TmuxError.missing }
    let command = arguments.first ?? ""
    // Only capture-pane's output is read: a server started by new-session would inherit a pipe
    // and keep it open for its whole life.
    let readsOutput = command == "capture-pane"
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [
      SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU,
    ] {
      sigaddset(&defaults, number)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var output: [Int32] = [-1, -1]
    if readsOutput, pipe(&output) != 0 { throw TmuxError.failed("pipe") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if readsOutput {
      posix_spawn_file_actions_adddup2(&actions, output[1], 1)
      posix_spawn_file_actions_addclose(&actions, output[0])
      posix_spawn_file_actions_addclose(&actions, output[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    let words = [executable.path, "-L", socket, "-f", "/dev/null"] + arguments
    let argv = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, environ)
    var data = Data()
    if readsOutput {
      close(output[1])
      let reader = FileHandle(fileDescriptor: output[0], closeOnDealloc: true)
      if spawned == 0 { data = reader.readDataToEndOfFile() }
    }
    guard spawned == 0 else { throw TmuxError.failed(command) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let exited = status & 0x7F == 0 && (status >> 8) & 0xFF == 0
    guard exited || command == "kill-server" else {
      throw TmuxError.failed(arguments.joined(separator: " "))
    }
    return String(decoding: data, as: UTF8.self)
  }

  private static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  enum TmuxError: Error {
    case missing
    case failed(String)
    case timedOut(String)
  }
}
