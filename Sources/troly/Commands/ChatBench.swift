import ArgumentParser
import Conversation
import Foundation
import KnowledgeBase

#if canImport(Glibc)
  import Glibc
#endif

/// `troly bench chat`: how fast the REPL starts, how long a turn takes, how much memory it
/// holds.
struct ChatBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Chat speed: time to first prompt, per-turn latency, resident memory.",
    discussion: """
      First prompt: whole `troly chat` processes with stdin on a pipe, timed from spawn to the \
      first byte of the greeting (median). Per turn: `Engine.step` in-process over a scripted \
      conversation (needs, choices, follow-up questions, the checklist walk) repeated. Memory: \
      VmRSS of this process after the turns. Targets: first prompt ≤ 150 ms, p99 ≤ 10 ms, \
      RSS ≤ 60 MB.
      """)

  @Option(name: .long, help: "How many `troly chat` processes to time.")
  var starts = 10

  @Option(name: .customLong("repeat"), help: "How many times the scripted conversation is run.")
  var repetitions = 50

  @OptionGroup var options: IndexOptions

  /// A citizen's session: needs (accented, unaccented, colloquial), choices, follow-ups, the
  /// checklist walk, going back, starting over, goodbye.
  static let conversation = [
    "xin chào", "làm lại căn cước", "1", "lệ phí bao nhiêu", "mất bao lâu", "nộp ở đâu",
    "cần giấy tờ gì", "kiểm tra giấy tờ", "có", "chưa", "không rõ", "có", "lưu danh sách",
    "quay lại", "đăng ký khai sinh cho con", "1", "các bước thế nào", "làm online được không",
    "toi bi mat ho chieu", "2", "cần điều kiện gì", "bắt đầu lại", "sổ hồng", "không phải",
    "đăng ký kết hôn với người nước ngoài", "3", "nhận kết quả là gì", "căn cứ pháp lý",
    "bằng lái xe bị mất", "1", "ai được làm", "đăng ký tạm trú", "1", "cảm ơn", "tạm biệt",
  ]

  func run() throws {
    let workspace = options.workspace
    let searcher = try workspace.openSearcher()

    // Time to first prompt.
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    let arguments = ["chat", "--index", workspace.index.path]
    var firstBytes: [Double] = []
    for _ in 0..<max(starts, 1) {
      firstBytes.append(try timeToFirstByte(executable, arguments) * 1000)
    }
    firstBytes.sort()
    let firstPrompt = firstBytes[firstBytes.count / 2]
    print("time to first prompt: \(firstBytes.count) `troly chat` processes, stdin on a pipe")
    print(
      String(
        format: "  median %.1f ms   min %.1f ms   max %.1f ms   (target ≤ 150 ms: %@)",
        firstPrompt, firstBytes.first ?? 0, firstBytes.last ?? 0,
        verdict(firstPrompt <= 150)))

    // Per turn, in-process.
    let engine = Engine(
      catalog: searcher, intents: try ChatIntents.recognizer(root: workspace.root))
    let now = Date()
    func converse(_ record: (Double) -> Void) {
      var state = DialogueState()
      for line in Self.conversation {
        let start = DispatchTime.now().uptimeNanoseconds
        let turn = engine.step(state, .line(line), now: now)
        record(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        state = turn.state
      }
    }
    converse { _ in }  // warm-up
    var turns: [Double] = []
    turns.reserveCapacity(Self.conversation.count * repetitions)
    for _ in 0..<max(repetitions, 1) { converse { turns.append($0) } }
    turns.sort()
    let p99 = percentile(turns, 99)
    print("per turn, Engine.step in-process: \(turns.count) turns")
    print(
      String(
        format:
          "  p50 %.3f ms   p95 %.3f ms   p99 %.3f ms   max %.3f ms   (target p99 ≤ 10 ms: %@)",
        percentile(turns, 50), percentile(turns, 95), p99, turns.last ?? 0, verdict(p99 <= 10)))

    // Memory.
    if let rss = Self.statusKilobytes("VmRSS") {
      let megabytes = Double(rss) / 1024
      let peak = Self.statusKilobytes("VmHWM").map { Double($0) / 1024 } ?? megabytes
      print("resident memory after the run:")
      print(
        String(
          format: "  VmRSS %.1f MB   peak %.1f MB   (target ≤ 60 MB: %@)", megabytes, peak,
          verdict(megabytes <= 60)))
    }
  }

  private func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }

  private func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// A `Vm…` line of /proc/self/status, in kB.
  static func statusKilobytes(_ field: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
      return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }
    return nil
  }

  /// Seconds from spawning `executable` (stdin and stdout on pipes) to the first byte on its
  /// stdout; then closes its stdin (end of input ends the session) and reaps it.
  private func timeToFirstByte(_ executable: URL, _ arguments: [String]) throws -> Double {
    var input: [Int32] = [0, 0]
    var output: [Int32] = [0, 0]
    guard pipe(&input) == 0 else { throw BenchError.spawn("pipe") }
    guard pipe(&output) == 0 else {
      close(input[0])
      close(input[1])
      throw BenchError.spawn("pipe")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    for descriptor in input + output { posix_spawn_file_actions_addclose(&actions, descriptor) }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
    close(input[0])
    close(output[1])
    defer { close(output[0]) }
    guard spawned == 0 else {
      close(input[1])
      throw BenchError.spawn(executable.path)
    }
    var byte: UInt8 = 0
    var count = 0
    repeat { count = read(output[0], &byte, 1) } while count < 0 && errno == EINTR
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    close(input[1])
    var buffer = [UInt8](repeating: 0, count: 4096)
    while read(output[0], &buffer, buffer.count) > 0 {}
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard count == 1 else { throw BenchError.spawn("\(executable.path) chat: no greeting") }
    return elapsed
  }
}
