import Conversation
import VietnameseText

/// Lays a `Reply` out for the terminal: wrapped to the width by display columns (combining
/// marks take none), numbered options and bullets on their own lines with a hanging indent,
/// colour only when asked for, and control characters from the data stripped.
struct ReplyRenderer {
  /// The columns to wrap to.
  var width: Int
  /// ANSI colour (headings bold, option numbers and bullets coloured).
  var colour: Bool

  init(width: Int, colour: Bool) {
    self.width = max(width, 20)
    self.colour = colour
  }

  /// The reply as terminal text, every line ended by a newline.
  func render(_ reply: Reply) -> String {
    var out = ""
    for block in reply.blocks {
      switch block {
      case .text(let text):
        out += wrap(text, marker: "", style: nil)
      case .heading(let text):
        out += wrap(text, marker: "", style: Style.bold)
      case .bullet(let text):
        out += wrap(text, marker: "  • ", style: nil, markerStyle: Style.accent)
      case .option(let number, let title, let detail):
        let text = title + (detail.map { " — \($0)" } ?? "")
        out += wrap(text, marker: " \(number). ", style: nil, markerStyle: Style.accent)
      }
    }
    return out
  }

  /// A one-line notice from the shell (saved file, idle warning), dimmed when in colour.
  func notice(_ text: String) -> String {
    wrap(text, marker: "", style: Style.dim)
  }

  private enum Style {
    static let bold = "\u{1B}[1m"
    static let accent = "\u{1B}[36m"
    static let dim = "\u{1B}[2m"
    static let reset = "\u{1B}[0m"
  }

  /// `text` wrapped at word boundaries; `marker` starts the first line and the following lines
  /// are indented by its width.
  private func wrap(
    _ text: String, marker: String, style: String?, markerStyle: String? = nil
  ) -> String {
    let clean = TerminalText.sanitized(text)
    let indent = DisplayWidth.columns(marker)
    let available = max(width - indent, 10)
    let lines = Self.lines(of: clean, width: available)
    var out = ""
    for (index, line) in lines.enumerated() {
      if index == 0 {
        out += painted(marker, markerStyle)
      } else {
        out += String(repeating: " ", count: indent)
      }
      out += painted(line, style) + "\n"
    }
    return out
  }

  private func painted(_ text: String, _ style: String?) -> String {
    guard colour, let style, !text.isEmpty else { return text }
    return style + text + Style.reset
  }

  /// Greedy word wrap by display width; a word wider than `width` is cut by characters.
  static func lines(of text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = DisplayWidth.columns(word)
      if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
        current += " " + word
        currentWidth += 1 + wordWidth
        continue
      }
      if currentWidth > 0 {
        lines.append(current)
        current = ""
        currentWidth = 0
      }
      while wordWidth > width {
        let (head, rest) = cut(word, width: width)
        lines.append(head)
        word = rest
        wordWidth = DisplayWidth.columns(word)
      }
      current = word
      currentWidth = wordWidth
    }
    if currentWidth > 0 || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// The longest prefix of `word` (whole characters) that fits in `width` columns, and the rest.
  private static func cut(_ word: String, width: Int) -> (String, String) {
    var used = 0
    var end = word.startIndex
    for index in word.indices {
      let columns = DisplayWidth.columns(String(word[index]))
      if used + columns > width, end > word.startIndex { break }
      used += columns
      end = word.index(after: index)
    }
    return (String(word[..<end]), String(word[end...]))
  }
}
