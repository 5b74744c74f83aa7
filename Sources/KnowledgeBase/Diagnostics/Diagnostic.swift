/// A problem found in a file, reported as `path:line: message` so editors can jump to it.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// 1-based line; 0 when the problem concerns the whole file.
  public var line: Int
  public var message: String

  public init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  public var description: String { "\(path):\(max(line, 1)): \(message)" }
}

/// Several diagnostics at once: validation reports everything it finds, not just the first.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
