import Foundation
import Testing

/// The real `troly` binary run in a throw-away repository with a small knowledge base.
struct Sandbox {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-cli-\(UUID().uuidString)")
    let kb = root.appendingPathComponent("knowledge-base")
    for folder in ["overrides", "local"] {
      try FileManager.default.createDirectory(
        at: kb.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try write(
      "knowledge-base/sources.yaml", "sources:\n  - name: national\n    path: portal.jsonl\n")
    let records = [
      [
        "ma_thu_tuc": "1.001193", "ten_thu_tuc": "Thủ tục đăng ký khai sinh",
        "cap_thuc_hien": "Cấp xã",
      ],
      [
        "ma_thu_tuc": "1.000894", "ten_thu_tuc": "Thủ tục đăng ký kết hôn",
        "cap_thuc_hien": "Cấp xã",
      ],
      [
        "ma_thu_tuc": "1.001456", "ten_thu_tuc": "Cấp hộ chiếu phổ thông",
        "cap_thuc_hien": "Cấp tỉnh",
      ],
    ]
    let lines = try records.map {
      String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self)
    }
    try write("portal.jsonl", lines.joined(separator: "\n") + "\n")
  }

  func write(_ path: String, _ text: String) throws {
    try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  /// The binary next to this test bundle (SwiftPM builds both), or $TROLY_TEST_BINARY.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["TROLY_TEST_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("troly")
  }

  struct Run {
    var status: Int32
    var output: Data
    var error: String
    var text: String { String(decoding: output, as: UTF8.self) }
  }

  /// `troly arguments` in the sandbox, not started yet.
  func process(_ arguments: [String]) -> Process {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.currentDirectoryURL = root
    var environment = ProcessInfo.processInfo.environment
    environment["TROLY_INDEX"] = nil
    process.environment = environment
    return process
  }

  func run(_ arguments: [String], input: Data = Data()) throws -> Run {
    let process = process(arguments)
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: output,
      error: String(decoding: error, as: UTF8.self))
  }
}

@Suite(.serialized) struct CommandLineTests {
  @Test func buildsTheIndexWhenMissingAndSaysSo() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run(["search", "--json", "khai sinh"])
    #expect(run.status == 0)
    #expect(run.error.contains("đang tạo chỉ mục"))
    let object = try JSONSerialization.jsonObject(with: run.output) as? [String: Any]
    let results = try #require(object?["results"] as? [[String: Any]])
    #expect(results.first?["code"] as? String == "1.001193")
    #expect(results.first?["confidence"] is Double)
    #expect(object?["query"] as? String == "khai sinh")
  }

  @Test func stdinGivesOneJSONLinePerInputLine() throws {
    let sandbox = try Sandbox()
    var input = Data("dang ky ket hon\n\n   \nNEAR( \"*\" AND -x:\n".utf8)
    input.append(contentsOf: [0xFF, 0xFE, 0x68, 0xE1, 0x0A])  // invalid UTF-8, then a newline
    input.append(Data(String(repeating: "hộ chiếu ", count: 11_000).utf8))
    input.append(Data("\n\u{1B}[31m🙂\n".utf8))
    let run = try sandbox.run(["search", "--json", "--limit", "3", "--stdin"], input: input)
    #expect(run.status == 0)
    let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 7)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let results = try #require(object?["results"] as? [[String: Any]])
      #expect(results.count <= 3)
      #expect(results.allSatisfy { $0["code"] is String })
    }
    #expect(lines.first?.contains("1.000894") == true)
    #expect(lines[1] == "{\"query\": \"\", \"results\": []}")
  }

  @Test func textAnswerSaysNotFound() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run(["search", "zzzqqq"])
    #expect(run.status == 0)
    #expect(run.text.contains("Không tìm thấy"))
    let empty = try sandbox.run(["search"])
    #expect(empty.status != 0)
    #expect(empty.error.contains("Hãy nhập"))
  }

  @Test func brokenKnowledgeBaseKeepsTheIndex() throws {
    let sandbox = try Sandbox()
    #expect(try sandbox.run(["index", "build"]).status == 0)
    let index = sandbox.root.appendingPathComponent("var/index.sqlite")
    let before = try Data(contentsOf: index)
    try sandbox.write("knowledge-base/overrides/1.001193.yaml", "local_note: [\n")
    try sandbox.write("knowledge-base/overrides/9.999999.yaml", "local_note: x\n")
    let run = try sandbox.run(["index", "build"])
    #expect(run.status == 1)
    #expect(run.error.contains("knowledge-base/overrides/1.001193.yaml:"))
    #expect(run.error.contains("knowledge-base/overrides/9.999999.yaml:1:"))
    #expect(try Data(contentsOf: index) == before)
  }

  @Test func statsAndShowAndOverride() throws {
    let sandbox = try Sandbox()
    let stats = try sandbox.run(["index", "stats", "--json"])
    #expect(stats.status == 0)
    let object = try JSONSerialization.jsonObject(with: stats.output) as? [String: Any]
    #expect(object?["procedures"] as? Int == 3)
    let show = try sandbox.run(["kb", "show", "1.000894"])
    #expect(show.text.contains("name: Thủ tục đăng ký kết hôn"))
    #expect(try sandbox.run(["kb", "show", "0.000000"]).status == 1)
    let override = try sandbox.run(["kb", "override", "1.000894"])
    #expect(override.status == 0)
    let file = sandbox.root.appendingPathComponent("knowledge-base/overrides/1.000894.yaml")
    #expect(try String(contentsOf: file, encoding: .utf8).contains("code: \"1.000894\""))
    // The template is valid as it stands: the index still builds.
    #expect(try sandbox.run(["index", "build"]).status == 0)
    #expect(try sandbox.run(["kb", "override", "1.000894"]).status == 1)
  }

  @Test func evalReportsFiguresAndGuardsFloors() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      "queries.tsv",
      "id\tcategory\tquery\texpected_codes\tnote\nq1\taccented\tđăng ký kết hôn\t1.000894\t\n"
        + "q2\tenglish\tsomething unrelated\t1.001456\t\n")
    let run = try sandbox.run(["eval", "queries.tsv"])
    #expect(run.status == 0)
    #expect(run.text.contains("overall"))
    let failing = try sandbox.run(["eval", "queries.tsv", "--min-top1", "0.9"])
    #expect(failing.status == 1)
    try sandbox.write("bad.tsv", "id\tcategory\tquery\nq1\tx\n")
    let bad = try sandbox.run(["eval", "bad.tsv"])
    #expect(bad.status == 1)
    #expect(bad.error.contains("bad.tsv:2:"))
  }
}
