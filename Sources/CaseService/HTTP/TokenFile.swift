import Foundation

/// A mistake in a tokens file, as `path:line: message`. Never quotes a token.
public struct TokenFileError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// 0 when the problem is the whole file (missing, unreadable, empty).
  public var line: Int
  public var message: String

  public var description: String {
    line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
  }
}

extension TokenTable {
  /// Tokens shorter than this are refused: they could be guessed.
  public static let minimumTokenLength = 16

  /// Reads a tokens file; every problem is reported, the first one thrown.
  public static func load(contentsOf path: String) throws -> TokenTable {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw TokenFileError(path: path, line: 0, message: "cannot read the tokens file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw TokenFileError(path: path, line: 0, message: "the tokens file is not UTF-8 text")
    }
    return try parse(text, path: path)
  }

  /// Parses the text of a tokens file; `path` only names it in errors.
  public static func parse(_ text: String, path: String) throws -> TokenTable {
    var entries: [Entry] = []
    var seen: Set<String> = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = offset + 1
      func fail(_ message: String) -> TokenFileError {
        TokenFileError(path: path, line: number, message: message)
      }
      var line = Substring(rawLine)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      guard let role = fields.first else { continue }
      guard fields.count >= 2 else { throw fail("expected ROLE TOKEN [KIOSK-ID]") }
      let token = String(fields[1])
      guard token.count >= minimumTokenLength else {
        throw fail("the token is shorter than \(minimumTokenLength) characters")
      }
      guard token.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0.value < 127 })
      else { throw fail("the token must be printable ASCII") }
      guard seen.insert(token).inserted else {
        throw fail("the token is already given on an earlier line")
      }
      switch role {
      case "kiosk":
        guard fields.count == 3 else {
          throw fail(
            fields.count < 3 ? "a kiosk token needs a KIOSK-ID" : "expected ROLE TOKEN KIOSK-ID")
        }
        let kiosk = String(fields[2])
        guard KioskID.isValid(kiosk) else {
          throw fail("KIOSK-ID must be 1 to 64 letters, digits, '.', '_' or '-'")
        }
        guard kiosk != "staff" else { throw fail("'staff' cannot be a KIOSK-ID") }
        entries.append(Entry(token: token, principal: .kiosk(id: kiosk)))
      case "staff":
        guard fields.count == 2 else { throw fail("a staff token takes no KIOSK-ID") }
        entries.append(Entry(token: token, principal: .staff))
      default:
        throw fail("unknown role (expected 'kiosk' or 'staff')")
      }
    }
    guard !entries.isEmpty else {
      throw TokenFileError(path: path, line: 0, message: "the tokens file has no tokens")
    }
    return TokenTable(entries)
  }

  /// Writes a new tokens file at `path` with one kiosk token (`kiosk-01`) and one staff token,
  /// each 32 random hex digits, readable by the owner only (0600). Fails if the file exists.
  @discardableResult
  public static func makeDefault(at path: String) throws -> TokenTable {
    var generator = SystemRandomNumberGenerator()
    let table = TokenTable([
      Entry(token: randomToken(using: &generator), principal: .kiosk(id: "kiosk-01")),
      Entry(token: randomToken(using: &generator), principal: .staff),
    ])
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    }
    var text = """
      # TroLy case service tokens: ROLE TOKEN [KIOSK-ID]. Keep this file secret (mode 0600).
      # ROLE is 'kiosk' (with the kiosk's id) or 'staff'. Made by 'troly cases serve'.

      """
    for entry in table.entries {
      switch entry.principal {
      case .kiosk(let id): text += "kiosk \(entry.token) \(id)\n"
      case .staff: text += "staff \(entry.token)\n"
      }
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      throw TokenFileError(path: path, line: 0, message: "cannot create the tokens file: \(reason)")
    }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard written > 0 else {
        throw TokenFileError(path: path, line: 0, message: "cannot write the tokens file")
      }
      offset += written
    }
    guard fsync(descriptor) == 0 else {
      throw TokenFileError(path: path, line: 0, message: "cannot write the tokens file")
    }
    return table
  }

  /// A new secret token: 32 random hex digits.
  public static func randomToken(using generator: inout some RandomNumberGenerator) -> String {
    (0..<16).map { _ in
      let byte = UInt8.random(in: 0...255, using: &generator)
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }
}

/// Kiosk ids: 1 to 64 ASCII letters, digits, '.', '_' or '-'.
public enum KioskID {
  public static func isValid(_ text: some StringProtocol) -> Bool {
    (1...64).contains(text.utf8.count)
      && text.utf8.allSatisfy { byte in
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2E || byte == 0x5F || byte == 0x2D
      }
  }
}
