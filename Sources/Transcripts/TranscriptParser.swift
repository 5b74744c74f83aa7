import Conversation
import Foundation
import KnowledgeBase

/// Reads `.transcript` files. Every mistake is a `Diagnostic` with its line.
public enum TranscriptParser {
  static let headerKeys = ["title", "tags", "lang", "kiosk", "service", "idle-warn", "idle-wipe"]
  static let assertionKeys = ["intent", "state", "procedure", "effect", "case"]

  public static func parse(_ text: String, path: String) throws(Diagnostic) -> Transcript {
    var transcript = Transcript(
      path: path, title: "", tags: [], language: .vi, kiosk: false, turns: [])
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    var inHeader = true
    var sawSeparator = false
    for (offset, raw) in lines.enumerated() {
      let number = offset + 1
      let line = raw.trimmingTrailingSpaces()
      if line.hasPrefix("#") { continue }
      if inHeader {
        if line.isEmpty { continue }
        if line == "---" {
          inHeader = false
          sawSeparator = true
          continue
        }
        guard let colon = line.firstIndex(of: ":") else {
          throw Diagnostic(
            path: path, line: number,
            message: "phần đầu cần dạng “khóa: giá trị” rồi một dòng “---” (thiếu “---”?)")
        }
        let key = line[..<colon].trimmingSpaces()
        let value = line[line.index(after: colon)...].trimmingSpaces()
        switch key {
        case "title": transcript.title = value
        case "tags":
          transcript.tags = value.split(separator: ",").map { $0.trimmingSpaces() }.filter {
            !$0.isEmpty
          }
        case "lang":
          guard let language = Language(rawValue: value) else {
            throw Diagnostic(path: path, line: number, message: "lang phải là vi hoặc en")
          }
          transcript.language = language
        case "kiosk":
          guard value == "yes" || value == "no" else {
            throw Diagnostic(path: path, line: number, message: "kiosk phải là yes hoặc no")
          }
          transcript.kiosk = value == "yes"
        case "service":
          guard value == "up" || value == "down" else {
            throw Diagnostic(path: path, line: number, message: "service phải là up hoặc down")
          }
          transcript.serviceUp = value == "up"
        case "idle-warn", "idle-wipe":
          guard let seconds = Double(value), seconds > 0, seconds <= 86_400 else {
            throw Diagnostic(
              path: path, line: number, message: "\(key) là số giây, lớn hơn 0 và tối đa một ngày")
          }
          if key == "idle-warn" {
            transcript.idleWarn = seconds
          } else {
            transcript.idleWipe = seconds
          }
        default:
          throw Diagnostic(
            path: path, line: number,
            message:
              "khóa không hợp lệ '\(key)'; dùng: \(headerKeys.joined(separator: ", "))")
        }
        continue
      }
      if line.hasPrefix(">") {
        let input = String(line.dropFirst()).trimmingLeadingSpace()
        transcript.turns.append(
          Transcript.Turn(
            input: input, line: number, expected: [], expectedLine: number + 1, assertions: []))
        continue
      }
      if line == "@ idle" || line.hasPrefix("@ idle ") {
        let rest = line.dropFirst("@ idle".count).trimmingCharacters(in: .whitespaces)
        var seconds: Double?
        if !rest.isEmpty {
          guard let value = Double(rest.hasSuffix("s") ? String(rest.dropLast()) : rest), value >= 0
          else {
            throw Diagnostic(
              path: path, line: number,
              message: "“@ idle” nhận số giây không chạm phím, ví dụ “@ idle 200”")
          }
          seconds = value
        }
        var turn = Transcript.Turn(
          input: nil, line: number, expected: [], expectedLine: number + 1, assertions: [])
        turn.idleSeconds = seconds
        transcript.turns.append(turn)
        continue
      }
      guard !transcript.turns.isEmpty else {
        if line.isEmpty { continue }
        throw Diagnostic(
          path: path, line: number,
          message: "câu trả lời mong đợi trước lượt đầu tiên; lượt của người dân bắt đầu bằng “> ”")
      }
      if line.hasPrefix("?") {
        let body = line.dropFirst().trimmingSpaces()
        guard let colon = body.firstIndex(of: ":") else {
          throw Diagnostic(path: path, line: number, message: "kiểm tra cần dạng “? khóa: giá trị”")
        }
        let key = body[..<colon].trimmingSpaces()
        guard assertionKeys.contains(key) else {
          throw Diagnostic(
            path: path, line: number,
            message:
              "kiểm tra không hợp lệ '\(key)'; dùng: \(assertionKeys.joined(separator: ", "))")
        }
        let value = body[body.index(after: colon)...].trimmingSpaces()
        transcript.turns[transcript.turns.count - 1].assertions.append(
          Transcript.Assertion(key: key, value: value, line: number))
        continue
      }
      var turn = transcript.turns[transcript.turns.count - 1]
      if turn.expected.isEmpty && line.isEmpty { continue }
      if turn.expected.isEmpty { turn.expectedLine = number }
      turn.expected.append(line == "..." ? .anyLines : .text(line))
      transcript.turns[transcript.turns.count - 1] = turn
    }
    if !sawSeparator {
      throw Diagnostic(path: path, line: 1, message: "thiếu phần đầu kết thúc bằng dòng “---”")
    }
    if transcript.title.isEmpty {
      throw Diagnostic(path: path, line: 1, message: "thiếu “title:” trong phần đầu")
    }
    for index in transcript.turns.indices {
      while case .text("") = transcript.turns[index].expected.last {
        transcript.turns[index].expected.removeLast()
      }
    }
    return transcript
  }
}

extension StringProtocol {
  func trimmingSpaces() -> String {
    String(
      self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }

  func trimmingTrailingSpaces() -> String {
    String(String(self.reversed()).drop { $0 == " " || $0 == "\t" }.reversed())
  }

  func trimmingLeadingSpace() -> String {
    hasPrefix(" ") ? String(dropFirst()) : String(self)
  }
}
