import Dispatch
import Foundation

/// Reads a JSON Lines file with both cores: lines are cut out serially (cheap), then decoded and
/// turned into records in contiguous chunks in parallel; outcomes keep the file's order.
enum JSONLines {
  /// A line's bytes (without the line break) and its 1-based number.
  struct Line {
    var bytes: Range<Int>
    var number: Int
  }

  static func lines(of data: Data) -> [Line] {
    var lines: [Line] = []
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var start = 0
      var number = 1
      for offset in 0..<buffer.count where buffer[offset] == 0x0A {
        lines.append(Line(bytes: start..<offset, number: number))
        start = offset + 1
        number += 1
      }
      if start < buffer.count { lines.append(Line(bytes: start..<buffer.count, number: number)) }
    }
    return lines
  }

  /// Runs `transform` on every non-blank line, in parallel chunks, and returns the outcomes in
  /// line order. `transform` gets the line's bytes and a decoder of its chunk.
  static func map(
    _ data: Data, transform: @escaping @Sendable (Data, JSONDecoder) -> LineOutcome
  ) -> [(line: Int, outcome: LineOutcome)] {
    let lines = lines(of: data)
    let chunkCount = min(lines.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
    guard chunkCount > 0 else { return [] }
    let chunks = ChunkOutcomes(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let decoder = JSONDecoder()
      let lower = lines.count * chunk / chunkCount
      let upper = lines.count * (chunk + 1) / chunkCount
      var outcomes: [(line: Int, outcome: LineOutcome)] = []
      outcomes.reserveCapacity(upper - lower)
      for line in lines[lower..<upper] {
        let start = data.startIndex + line.bytes.lowerBound
        let bytes = data[start..<start + line.bytes.count]
        outcomes.append((line.number, isBlank(bytes) ? .blank : transform(bytes, decoder)))
      }
      chunks.store(outcomes, at: chunk)
    }
    return chunks.joined()
  }

  /// Each chunk's outcomes, filled in by concurrent workers.
  private final class ChunkOutcomes: @unchecked Sendable {
    private var slots: [[(line: Int, outcome: LineOutcome)]]
    private let lock = NSLock()

    init(count: Int) {
      slots = Array(repeating: [], count: count)
    }

    func store(_ outcomes: [(line: Int, outcome: LineOutcome)], at index: Int) {
      lock.lock()
      defer { lock.unlock() }
      slots[index] = outcomes
    }

    func joined() -> [(line: Int, outcome: LineOutcome)] {
      lock.lock()
      defer { lock.unlock() }
      return slots.flatMap { $0 }
    }
  }

  private static func isBlank(_ bytes: Data) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  /// A short Vietnamese description of why a line could not be decoded.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .dataCorrupted(let context):
      let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
      return "JSON không hợp lệ: \(detail)"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "không phải bản ghi JSON như mong đợi: \(context.debugDescription)"
    case .keyNotFound(let key, _):
      return "thiếu khóa \(key.stringValue)"
    @unknown default:
      return "\(error)"
    }
  }
}
