import Conversation
import Foundation
import Transcripts

/// `troly chat --record FILE`: the session as a transcript, ready to replay. Each turn is
/// appended and flushed at once, so a session cut short is still recorded; CCCD and phone
/// numbers are masked before anything is written.
final class SessionRecorder {
  private let handle: FileHandle

  init(path: String, language: Language, kiosk: Bool) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
    let title = "Phiên ghi lại \(formatter.string(from: Date()))"
    try TranscriptWriter.header(title: title, language: language, kiosk: kiosk).write(
      to: url, atomically: true, encoding: .utf8)
    handle = try FileHandle(forWritingTo: url)
    handle.seekToEndOfFile()
  }

  /// Names typed in this session, masked wherever they appear.
  private var names: [String] = []

  /// A line taken as the answer to "Họ và tên?": masked in the input and in every later reply.
  func remember(name: String) {
    names.append(name)
  }

  func record(input: String?, reply: Reply) {
    handle.write(Data(TranscriptWriter.turn(input: input, reply: reply, names: names).utf8))
    try? handle.synchronize()
  }

  deinit { try? handle.close() }
}
