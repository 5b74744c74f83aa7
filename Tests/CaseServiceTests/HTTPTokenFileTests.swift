import CaseService
import Foundation
import Testing

@Suite struct HTTPTokenFileTests {
  static let secret = "abcdef0123456789abcdef"

  @Test func parsesRolesCommentsAndBlankLines() throws {
    let table = try TokenTable.parse(
      """
      # tokens
      kiosk \(Self.secret)1 kiosk-01   # the lobby

      \tstaff\t\(Self.secret)2
      kiosk \(Self.secret)3 kiosk-01\r
      """, path: "var/tokens")
    #expect(table.entries.count == 3)
    #expect(table.principal(for: Self.secret + "1") == .kiosk(id: "kiosk-01"))
    #expect(table.principal(for: Self.secret + "2") == .staff)
    #expect(table.principal(for: Self.secret) == nil)
    #expect(table.principal(for: "") == nil)
    #expect(table.kioskIDs == ["kiosk-01"])
    #expect(table.token(forKiosk: "kiosk-01") == Self.secret + "1")
  }

  @Test(arguments: [
    ("kiosk \(secret)", "var/tokens:2: a kiosk token needs a KIOSK-ID"),
    ("staff \(secret) kiosk-01", "var/tokens:2: a staff token takes no KIOSK-ID"),
    ("admin \(secret)", "var/tokens:2: unknown role (expected 'kiosk' or 'staff')"),
    ("staff", "var/tokens:2: expected ROLE TOKEN [KIOSK-ID]"),
    ("staff short", "var/tokens:2: the token is shorter than 16 characters"),
    (
      "kiosk \(secret) kiosk/01",
      "var/tokens:2: KIOSK-ID must be 1 to 64 letters, digits, '.', '_' or '-'"
    ),
    ("kiosk \(secret) staff", "var/tokens:2: 'staff' cannot be a KIOSK-ID"),
    ("kiosk \(secret) a b", "var/tokens:2: expected ROLE TOKEN KIOSK-ID"),
    ("staff \(secret)é", "var/tokens:2: the token must be printable ASCII"),
  ])
  func mistakesArePathLineMessageWithoutTheToken(_ line: String, _ message: String) {
    let text = "# first line\n" + line + "\n"
    #expect {
      try TokenTable.parse(text, path: "var/tokens")
    } throws: { error in
      let description = String(describing: error)
      return description == message && !description.contains(Self.secret)
    }
  }

  @Test func aRepeatedTokenAndAnEmptyFileAreErrors() {
    #expect(throws: TokenFileError.self) {
      try TokenTable.parse("staff \(Self.secret)\nstaff \(Self.secret)\n", path: "t")
    }
    #expect {
      try TokenTable.parse("# nothing\n\n", path: "t")
    } throws: { String(describing: $0) == "t: the tokens file has no tokens" }
  }

  @Test func makeDefaultWritesOneKioskAndOneStaffTokenReadableByTheOwnerOnly() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-tokens-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("var/tokens").path
    let made = try TokenTable.makeDefault(at: path)
    let loaded = try TokenTable.load(contentsOf: path)
    #expect(loaded.entries == made.entries)
    #expect(loaded.kioskIDs == ["kiosk-01"])
    #expect(loaded.entries.map(\.principal) == [.kiosk(id: "kiosk-01"), .staff])
    for entry in loaded.entries {
      #expect(entry.token.count == 32)
      #expect(entry.token.allSatisfy { $0.isHexDigit })
    }
    #expect(made.entries[0].token != made.entries[1].token)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(throws: TokenFileError.self) { try TokenTable.makeDefault(at: path) }
  }

  @Test func aMissingFileIsAnError() {
    #expect {
      try TokenTable.load(contentsOf: "/nonexistent/tokens")
    } throws: { String(describing: $0) == "/nonexistent/tokens: cannot read the tokens file" }
  }
}
