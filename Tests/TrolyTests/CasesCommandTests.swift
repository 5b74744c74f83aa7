import Foundation
import Testing

/// `troly cases serve`: its options, its tokens file, and a start and graceful stop.
@Suite(.serialized) struct CasesCommandTests {
  @Test func conflictingOrBadOptionsAreRefused() throws {
    let sandbox = try Sandbox()
    for arguments in [
      ["--db", "a.sqlite", "--postgres", "postgres://x@localhost/y"], ["--port", "70000"],
      ["--unit", "hcm"], ["--unit", "H"],
    ] {
      let run = try sandbox.run(["cases", "serve"] + arguments)
      #expect(run.status != 0, "\(arguments)")
      #expect(!run.error.isEmpty)
    }
  }

  @Test func aBadTokensFileIsPathLineMessage() throws {
    let sandbox = try Sandbox()
    try sandbox.write("tokens", "# tokens\nkiosk secret-secret-secret-1234\n")
    let run = try sandbox.run(["cases", "serve", "--port", "0", "--tokens", "tokens"])
    #expect(run.status == 1)
    #expect(run.error.contains("tokens:2: a kiosk token needs a KIOSK-ID"), "\(run.error)")
    #expect(!run.error.contains("secret-secret"))
  }

  @Test func aBadPostgresURLNeverRepeatsIt() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run(["cases", "serve", "--postgres", "mysql://user:hunter2@db/x"])
    #expect(run.status == 1)
    #expect(!run.error.contains("hunter2"))
  }

  @Test func servesMakesItsTokensFileAndStopsOnSIGTERM() throws {
    let sandbox = try Sandbox()
    let process = Process()
    process.executableURL = Sandbox.binary
    process.arguments = ["cases", "serve", "--port", "0"]
    process.currentDirectoryURL = sandbox.root
    var environment = ProcessInfo.processInfo.environment
    environment["TROLY_INDEX"] = nil
    process.environment = environment
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    var output = ""
    let deadline = Date().addingTimeInterval(60)
    while !output.contains("http://127.0.0.1:"), Date() < deadline, process.isRunning {
      let chunk = stdout.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      output += String(decoding: chunk, as: UTF8.self)
    }
    #expect(output.contains("Đã tạo tệp mã truy cập var/tokens"), "\(output)")
    #expect(output.contains("Kho hồ sơ: var/cases.sqlite."))
    #expect(output.contains("đang nghe tại http://127.0.0.1:"))
    let tokens = sandbox.root.appendingPathComponent("var/tokens").path
    let attributes = try FileManager.default.attributesOfItem(atPath: tokens)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let text = try String(contentsOfFile: tokens, encoding: .utf8)
    for token in text.split(separator: "\n").filter({ !$0.hasPrefix("#") && !$0.isEmpty }) {
      #expect(!output.contains(token.split(separator: " ")[1]))
    }
    process.terminate()
    let rest = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: rest, as: UTF8.self).contains("Dịch vụ hồ sơ đã dừng."))
  }
}
