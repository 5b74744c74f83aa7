import Foundation

/// Terminal output helpers: errors to stderr, progress only on a terminal.
enum Console {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  /// A one-line progress display, shown only when stderr is a terminal.
  final class Progress {
    private let enabled = Console.stderrIsTerminal
    private let start = Date()

    func update(_ message: String) {
      guard enabled else { return }
      let elapsed = String(format: "%5.2f s", Date().timeIntervalSince(start))
      FileHandle.standardError.write(Data("\r\u{1B}[2K[\(elapsed)] \(message)".utf8))
    }

    func finish() {
      guard enabled else { return }
      FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
  }
}

/// Buffered standard output: one write per flush, flushed explicitly (for `--stdin` batches,
/// after every line).
struct OutputBuffer {
  private var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(1 << 16) }

  mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func flush() {
    guard !bytes.isEmpty else { return }
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
    bytes.removeAll(keepingCapacity: true)
  }
}
