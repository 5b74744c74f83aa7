import ArgumentParser
import CaseClient
import Conversation
import Foundation

/// `troly chat`: the REPL a citizen uses at a kiosk.
struct ChatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Trò chuyện với trợ lý — the assistant's REPL.",
    discussion: """
      On a terminal: line editing with in-session history (never written to disk); Ctrl-C \
      cancels the line, Ctrl-D ends the session. From a pipe: one input a line, and the end of \
      input ends the session with exit code 0. --kiosk keeps the program running for the next \
      citizen: Ctrl-C, Ctrl-D and Ctrl-Z do not leave it, "kết thúc" and idleness wipe the \
      session (screen, history, state) and greet again.

      Cases are handed off to the case service given by --case-service (with --case-token); \
      without it the service runs in this process on 127.0.0.1 with var/cases.sqlite and \
      var/tokens. Every submission is written to the outbox (var/outbox.sqlite) first; what \
      the service does not take at once is delivered in the background and at the next start.
      """)

  enum ReplyLanguage: String, ExpressibleByArgument, CaseIterable {
    case vi
    case en

    var language: Language { self == .en ? .en : .vi }
  }

  @Flag(name: .long, help: "Kiosk mode: never exit; wipe the session after idleness or goodbye.")
  var kiosk = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The kiosk's language: vi or en. Replies follow the citizen's "
        + "(English, or Vietnamese with marks).")
  )
  var lang: ReplyLanguage = .vi

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Kiosk: seconds without a key before asking whether anyone is there.", valueName: "seconds"))
  var idleWarn: Double = 60

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Kiosk: seconds after that question before the session is wiped.", valueName: "seconds"))
  var idleWipe: Double = 90

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write the session to FILE as a transcript (names, CCCD and phone numbers, emails masked).",
      valueName: "file"))
  var record: String?

  @OptionGroup var options: IndexOptions
  @OptionGroup var cases: CaseServiceOptions

  func validate() throws {
    let day = 86_400.0
    guard (0.001...day).contains(idleWarn), (0.001...day).contains(idleWipe) else {
      throw ValidationError("--idle-warn and --idle-wipe take seconds, above 0 and at most a day.")
    }
  }

  func run() throws {
    TerminalLocale.useUTF8()
    let workspace = options.workspace
    let searcher = try workspace.openSearcher()
    let intents = try ChatIntents.recognizer(root: workspace.root)
    let engine = Engine(catalog: searcher, intents: intents)
    let session = ChatSession(
      engine: engine, kiosk: kiosk, language: lang.language, output: ChatOutput(),
      workspace: workspace)
    let caseOptions = cases
    let handoff = Task {
      await KioskHandoff.start(
        caseOptions, workspace: workspace, catalog: searcher, deliverInBackground: true,
        logger: .silent)
    }
    session.handoff = DeferredCaseDesk(handoff: handoff)
    defer {
      AsyncBridge.wait { await handoff.value?.close() }
      if let problem = AsyncBridge.wait({ await handoff.value?.problem }) {
        Console.error(
          "troly: the case service could not be started (\(problem)); submissions wait in the outbox (troly outbox status)"
        )
      }
    }
    if let record {
      session.recorder = try SessionRecorder(
        path: record, language: lang.language, kiosk: kiosk)
    }

    guard let terminal = TerminalMode(kiosk: kiosk) else {
      // Not a terminal: plain lines (readline would echo them), end of input ends the session.
      session.greet()
      while let line = readLine() {
        if session.handle(.line(line)) == .end { break }
      }
      return
    }
    defer { terminal.restore() }
    TerminalChat(
      session: session, editor: LineEditor(kiosk: kiosk),
      idleWarn: .milliseconds(Int64(idleWarn * 1000)),
      idleWipe: .milliseconds(Int64(idleWipe * 1000))
    ).run()
  }
}
