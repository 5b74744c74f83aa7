import ArgumentParser
import Foundation
import KnowledgeBase

struct KBCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kb",
    abstract: "Look at and edit the knowledge base.",
    subcommands: [Show.self, Override.self, Report.self])

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the merged procedure (what the index holds) as YAML.")

    @Argument(help: "The procedure code, e.g. 1.001193.")
    var code: String

    @OptionGroup var options: IndexOptions

    func run() throws {
      let searcher = try options.workspace.openSearcher()
      guard let procedure = try searcher.procedure(code: code) else {
        Console.error("troly: không có thủ tục mã '\(TerminalText.sanitized(code))' trong chỉ mục.")
        throw ExitCode.failure
      }
      print(try ProcedureYAML.render(procedure), terminator: "")
    }
  }

  struct Override: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Start knowledge-base/overrides/CODE.yaml for an editor to fill in.")

    @Argument(help: "The procedure code, e.g. 1.001193.")
    var code: String

    @Flag(name: .long, help: "Replace an existing override file.")
    var force = false

    @OptionGroup var options: IndexOptions

    func run() throws {
      let workspace = options.workspace
      let searcher = try workspace.openSearcher()
      guard let procedure = try searcher.procedure(code: code) else {
        Console.error("troly: không có thủ tục mã '\(TerminalText.sanitized(code))' trong chỉ mục.")
        throw ExitCode.failure
      }
      guard procedure.origin != "local" else {
        Console.error("troly: \(code) là thủ tục thêm mới; hãy sửa trực tiếp tệp trong local/.")
        throw ExitCode.failure
      }
      let folder = workspace.knowledgeBase.appendingPathComponent("overrides")
      let file = folder.appendingPathComponent("\(code).yaml")
      if FileManager.default.fileExists(atPath: file.path) && !force {
        Console.error(
          "troly: \(workspace.displayPath(file)) đã có; sửa tệp đó, hoặc dùng --force để tạo lại.")
        throw ExitCode.failure
      }
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try ProcedureYAML.overrideTemplate(for: procedure).write(
        to: file, atomically: true, encoding: .utf8)
      print("Đã tạo \(workspace.displayPath(file)). Sửa xong, chạy: troly index build")
    }
  }

  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "What the importer could not split, per source and field.")

    @Option(name: .long, help: "How many unsplit rows to list per field (default 10).")
    var show = 10

    @OptionGroup var options: IndexOptions

    func run() throws {
      let merged = try options.workspace.loadKnowledgeBase()
      for (source, report) in merged.importReports {
        print("Nguồn \(source): \(report.procedureCount) thủ tục")
        print(report.render(examples: show), terminator: "")
      }
    }
  }
}
