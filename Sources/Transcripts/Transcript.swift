import Conversation

/// A recorded conversation that staff read and write: session options, then turns of citizen
/// input, the replies expected, and assertions. Format: docs/transcripts.md.
public struct Transcript: Sendable, Equatable {
  public var path: String
  public var title: String
  public var tags: [String]
  public var language: Language
  public var kiosk: Bool
  /// Whether the case service answers (`service: down` replays a kiosk cut off from it).
  public var serviceUp: Bool = true
  /// The kiosk's idle timers, in seconds (`idle-warn:`, `idle-wipe:`; defaults as `troly chat`):
  /// `@ idle N` wipes the session only when N reaches their sum.
  public var idleWarn: Double = 60
  public var idleWipe: Double = 90
  public var turns: [Turn]

  /// One line of a reply as expected: exact text, text with placeholders, or `...` (any lines).
  public enum ExpectedLine: Sendable, Equatable {
    case text(String)
    case anyLines
  }

  /// Something checked after a turn besides the reply.
  public struct Assertion: Sendable, Equatable {
    /// intent, state, procedure, effect, case.
    public var key: String
    public var value: String
    public var line: Int
  }

  public struct Turn: Sendable, Equatable {
    /// What the citizen typed, or nil for the idle event (`@ idle`).
    public var input: String?
    /// For `@ idle N`: how long the kiosk stayed untouched; nil for `@ idle` (long enough).
    public var idleSeconds: Double? = nil
    /// The line of the input in the file.
    public var line: Int
    public var expected: [ExpectedLine]
    /// The line of the first expected reply line (for `--update` and reports).
    public var expectedLine: Int
    public var assertions: [Assertion]
  }
}
