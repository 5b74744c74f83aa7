/// What the assistant says in one turn, as blocks the shell lays out (wrapping, colour) and
/// transcripts compare as plain text.
public struct Reply: Sendable, Equatable {
  public enum Block: Sendable, Equatable {
    /// A paragraph.
    case text(String)
    /// A numbered choice: "1. title — detail".
    case option(number: Int, title: String, detail: String?)
    /// A list item: "• text".
    case bullet(String)
    /// A short heading ("Giấy tờ cần mang").
    case heading(String)
  }

  public var blocks: [Block]

  public init(_ blocks: [Block] = []) { self.blocks = blocks }

  public static func text(_ text: String) -> Reply { Reply([.text(text)]) }

  /// One line per block, no wrapping, no colour: for pipes, transcripts and tests.
  public var plainText: String {
    blocks.map { block in
      switch block {
      case .text(let text): return text
      case .option(let number, let title, let detail):
        return "\(number). \(title)" + (detail.map { " — \($0)" } ?? "")
      case .bullet(let text): return "• \(text)"
      case .heading(let text): return text
      }
    }.joined(separator: "\n")
  }
}
