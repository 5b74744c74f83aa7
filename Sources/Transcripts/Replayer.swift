import CaseModel
import Conversation
import Foundation
import KnowledgeBase

/// Runs transcripts through the real engine with a fixed clock, so a run is deterministic, and
/// compares what the assistant said with what the transcript expects.
public struct Replayer: Sendable {
  /// A mismatch, named by file and line.
  public struct Failure: Sendable, Equatable, Codable {
    public var line: Int
    /// 1-based turn number.
    public var turn: Int
    public var message: String
    public var expected: [String]
    public var actual: [String]
  }

  /// The outcome of one transcript.
  public struct Outcome: Sendable, Codable {
    public var path: String
    public var title: String
    public var tags: [String]
    public var failures: [Failure]
    public var seconds: Double
    /// The replies as they were, per turn (for `--update`).
    public var replies: [[String]]

    public var passed: Bool { failures.isEmpty }
  }

  /// The clock every replay runs at: 2026-01-05 09:00 in Ho Chi Minh City.
  public static let clock = Date(timeIntervalSince1970: 1_767_578_400)

  let engine: Engine
  /// The kiosk's hand-off (a real outbox and case service on temporary databases), opened for
  /// a transcript when it first submits or looks up a case.
  let cases: ReplayCases?

  public init(engine: Engine, cases: ReplayCases? = nil) {
    self.engine = engine
    self.cases = cases
  }

  public func run(_ transcript: Transcript) async -> Outcome {
    let start = Date()
    var state = DialogueState(language: transcript.language)
    var failures: [Failure] = []
    var replies: [[String]] = []
    var ended = false
    var session: ReplayCases.Session?
    var sessionOpened = false
    for (index, turn) in transcript.turns.enumerated() {
      if ended {
        failures.append(
          Failure(
            line: turn.line, turn: index + 1, message: "phiên đã kết thúc trước lượt này",
            expected: [], actual: []))
        replies.append([])
        continue
      }
      var actual: [String] = []
      var effects: [Effect] = []
      var stepped = state
      // `@ idle N` shorter than the kiosk's timers: nothing happens, nothing is said.
      let quiet =
        turn.input == nil
        && (turn.idleSeconds.map { $0 < transcript.idleWarn + transcript.idleWipe } ?? false)
      if !quiet {
        let input: Engine.Input = turn.input.map { .line($0) } ?? .idleWipe
        var step = engine.step(state, input, now: Self.clock)
        state = step.state
        var said = step.reply
        effects = step.effects
        // Submissions and lookups are carried out and their outcome fed back, in the same turn.
        while let effect = step.effects.first(where: \.hasOutcome) {
          if !sessionOpened {
            sessionOpened = true
            do {
              session = try await cases?.open(for: transcript)
            } catch {
              failures.append(
                Failure(
                  line: turn.line, turn: index + 1,
                  message: "không khởi động được dịch vụ hồ sơ: \(error)", expected: [],
                  actual: []))
            }
          }
          guard
            let followUp = await effect.outcome(
              via: session?.desk, unavailable: "no case service")
          else { break }
          step = engine.step(state, followUp, now: Self.clock)
          state = step.state
          said.blocks += step.reply.blocks
          effects += step.effects
        }
        stepped = state
        if step.effects.contains(.wipeSession) {
          state = DialogueState(language: transcript.language)
        }
        if step.effects.contains(.endSession) {
          if transcript.kiosk {
            state = DialogueState(language: transcript.language)
          } else {
            ended = true
          }
        }
        actual = said.plainText.split(separator: "\n", omittingEmptySubsequences: false)
          .map(String.init)
      }
      replies.append(actual)
      if !ReplyMatcher.matches(turn.expected, actual) {
        failures.append(
          Failure(
            line: turn.expectedLine, turn: index + 1, message: "câu trả lời khác mong đợi",
            expected: turn.expected.map(\.display), actual: actual))
      }
      failures += Self.check(turn.assertions, turn: index + 1, state: stepped, effects: effects)
    }
    await session?.close()
    return Outcome(
      path: transcript.path, title: transcript.title, tags: transcript.tags, failures: failures,
      seconds: Date().timeIntervalSince(start), replies: replies)
  }

  /// The `?` checks of a turn that fail.
  static func check(
    _ assertions: [Transcript.Assertion], turn: Int, state: DialogueState, effects: [Effect]
  ) -> [Failure] {
    assertions.compactMap { assertion in
      let value = Self.value(of: assertion.key, state: state, effects: effects)
      guard !value.contains(assertion.value) else { return nil }
      return Failure(
        line: assertion.line, turn: turn,
        message:
          "\(assertion.key): mong đợi \(assertion.value), thực tế \(value.joined(separator: ", "))",
        expected: [assertion.value], actual: value)
    }
  }

  static func value(of key: String, state: DialogueState, effects: [Effect]) -> [String] {
    switch key {
    case "intent": return [state.lastIntent ?? "none"]
    case "state": return [state.phaseName]
    case "procedure": return [state.procedure?.code ?? "none"]
    case "effect":
      return effects.isEmpty ? ["none"] : effects.map(\.name)
    case "case":
      switch state.lastSubmission {
      case nil: return ["none"]
      case .submitted(let receipt): return ["submitted", receipt.dossier.description]
      case .queued(let reference): return ["queued", reference]
      case .refused(let reason): return ["refused", reason]
      }
    default: return []
    }
  }
}

extension Effect {
  /// The effect's name in transcripts: saveChecklist, wipeSession, endSession, submitCase,
  /// lookUpCase.
  public var name: String {
    switch self {
    case .saveChecklist: return "saveChecklist"
    case .wipeSession: return "wipeSession"
    case .endSession: return "endSession"
    case .submitCase: return "submitCase"
    case .lookUpCase: return "lookUpCase"
    }
  }
}

extension Transcript.ExpectedLine {
  var display: String {
    switch self {
    case .text(let text): return text
    case .anyLines: return "..."
    }
  }
}

/// Compares expected lines (with `...` for any lines and `{…}` placeholders within a line)
/// with the actual reply.
enum ReplyMatcher {
  static func matches(_ expected: [Transcript.ExpectedLine], _ actual: [String]) -> Bool {
    let actual = Array(actual.reversed().drop { $0.isEmpty }.reversed())
    return match(expected[...], actual[...])
  }

  private static func match(
    _ expected: ArraySlice<Transcript.ExpectedLine>, _ actual: ArraySlice<String>
  ) -> Bool {
    guard let first = expected.first else { return actual.isEmpty }
    switch first {
    case .anyLines:
      for skip in 0...actual.count where match(expected.dropFirst(), actual.dropFirst(skip)) {
        return true
      }
      return false
    case .text(let pattern):
      guard let line = actual.first, lineMatches(pattern, line) else { return false }
      return match(expected.dropFirst(), actual.dropFirst())
    }
  }

  /// `{name}` in a pattern matches any text (placeholders for what changes between runs:
  /// `{dossier}`, `{date}`, `{any}`…); everything else must be equal.
  static func lineMatches(_ pattern: String, _ line: String) -> Bool {
    guard pattern.contains("{") else { return pattern == line }
    var parts: [Substring] = []
    var rest = pattern[...]
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      parts.append(rest[..<open])
      rest = rest[rest.index(after: close)...]
    }
    parts.append(rest)
    var remaining = line[...]
    for (index, part) in parts.enumerated() {
      if index == 0 {
        guard remaining.hasPrefix(part) else { return false }
        remaining = remaining.dropFirst(part.count)
      } else if index == parts.count - 1 {
        return part.isEmpty || remaining.hasSuffix(part)
      } else if let found = remaining.range(of: part) {
        remaining = remaining[found.upperBound...]
      } else {
        return false
      }
    }
    return true
  }
}
