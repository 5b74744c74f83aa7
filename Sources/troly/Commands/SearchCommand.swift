import ArgumentParser
import Foundation
import KnowledgeBase

struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find the procedures that match what a citizen typed.",
    discussion: """
      The words of QUERY are joined with spaces. With --stdin, every input line is a query and \
      gives exactly one output line (empty, blank and invalid UTF-8 lines included).
      Examples:
        troly search làm lại CMND
        troly search --json --limit 5 "dang ky ket hon"
        troly search --explain ddawng kys khai sinh
      """)

  @Flag(name: .long, help: "One JSON object per query: {\"query\", \"results\": [...]}.")
  var json = false

  @Option(name: .long, help: "How many procedures to show.")
  var limit = 10

  @Flag(name: .long, help: "Show repairs, expansions and the parts of each score.")
  var explain = false

  @Flag(name: .long, help: "Read one query per line from standard input.")
  var stdin = false

  @OptionGroup var options: IndexOptions

  @Argument(help: "What the citizen typed.")
  var query: [String] = []

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit phải là số không âm.") }
    if stdin && !query.isEmpty {
      throw ValidationError("Dùng --stdin hoặc QUERY, không dùng cả hai.")
    }
    if !stdin && query.joined().trimmingCharacters(in: .whitespaces).isEmpty && !json {
      throw ValidationError("Hãy nhập điều cần tìm, ví dụ: troly search đăng ký khai sinh")
    }
  }

  func run() throws {
    let searcher = try options.workspace.openSearcher()
    var output = OutputBuffer()
    if stdin {
      var reader = LineReader(fileDescriptor: 0)
      while let line = reader.next() {
        let text = String(decoding: line, as: UTF8.self)
        answer(text, searcher, &output)
        output.flush()
      }
    } else {
      answer(query.joined(separator: " "), searcher, &output)
      output.flush()
    }
  }

  private func answer(_ text: String, _ searcher: Searcher, _ output: inout OutputBuffer) {
    let response: SearchResponse
    do {
      response = try searcher.search(text, limit: limit, explain: explain)
    } catch {
      // The index itself failed (not the query): say so on stderr, keep the line contract.
      Console.error("troly: lỗi khi tìm: \(error)")
      if json { output.write("{\"query\": \(jsonString(text)), \"results\": []}\n") }
      return
    }
    if json {
      output.write(SearchRendering.json(response, explain: explain))
    } else {
      output.write(SearchRendering.text(response, explain: explain))
    }
  }
}

/// Reads lines as raw bytes, so invalid UTF-8 still makes exactly one line.
struct LineReader {
  let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false

  init(fileDescriptor: Int32) { self.fileDescriptor = fileDescriptor }

  mutating func next() -> [UInt8]? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 10) {
        var line = Array(buffer[start..<newline])
        start = newline + 1
        if line.last == 13 { line.removeLast() }
        return line
      }
      if finished {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        return line
      }
      if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, 65536) }
      if count <= 0 {
        finished = true
      } else {
        buffer.append(contentsOf: chunk[0..<count])
      }
    }
  }
}
