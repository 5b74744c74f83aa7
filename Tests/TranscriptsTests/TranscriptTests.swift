import CaseModel
import Conversation
import Testing

@testable import Transcripts

@Suite struct TranscriptParserTests {
  static let sample = """
    # A comment
    title: Đăng ký kết hôn
    tags: need, choose
    lang: vi
    kiosk: yes
    ---

    > đăng ký kết hôn
    Tôi tìm thấy các thủ tục sau:
    ...
    ? state: choosing

    # the citizen goes away
    @ idle
    Xin chào! {any}
    ...
    ? effect: wipeSession
    """

  @Test func readsHeaderTurnsAndAssertions() throws {
    let transcript = try TranscriptParser.parse(Self.sample, path: "t.transcript")
    #expect(transcript.title == "Đăng ký kết hôn")
    #expect(transcript.tags == ["need", "choose"])
    #expect(transcript.kiosk)
    #expect(transcript.turns.count == 2)
    #expect(transcript.turns[0].input == "đăng ký kết hôn")
    #expect(transcript.turns[0].line == 8)
    #expect(transcript.turns[0].expected == [.text("Tôi tìm thấy các thủ tục sau:"), .anyLines])
    #expect(transcript.turns[0].assertions.first?.key == "state")
    #expect(transcript.turns[1].input == nil)
  }

  @Test func idleTimersAndIdleSeconds() throws {
    let text = "title: x\nkiosk: yes\nidle-warn: 30\nidle-wipe: 45\n---\n@ idle 20\n@ idle\n"
    let transcript = try TranscriptParser.parse(text, path: "t.transcript")
    #expect(transcript.idleWarn == 30)
    #expect(transcript.idleWipe == 45)
    #expect(transcript.turns.map(\.idleSeconds) == [20, nil])
  }

  @Test(arguments: [
    ("title: x\n", 1, "---"),
    ("title: x\ncolour: red\n---\n", 2, "colour"),
    ("title: x\nlang: fr\n---\n", 2, "lang"),
    ("title: x\n---\nreply before input\n", 3, "> "),
    ("title: x\n---\n> hi\n? mood: happy\n", 4, "mood"),
    ("title: x\n---\n> hi\n? state\n", 4, "khóa"),
    ("tags: a\n---\n> hi\n", 1, "title"),
    ("title: x\nidle-wipe: soon\n---\n", 2, "idle-wipe"),
    ("title: x\nservice: maybe\n---\n", 2, "service"),
    ("title: x\n---\n@ idle later\n", 3, "@ idle"),
  ])
  func reportsMistakesWithTheirLine(text: String, line: Int, mentions: String) {
    let error = #expect(throws: (any Error).self) {
      try TranscriptParser.parse(text, path: "bad.transcript")
    }
    let description = "\(error.map { "\($0)" } ?? "")"
    #expect(description.hasPrefix("bad.transcript:\(line):"), "\(description)")
    #expect(description.contains(mentions), "\(description)")
  }
}

@Suite struct ReplyMatcherTests {
  @Test func anyLinesAndPlaceholders() {
    let expected: [Transcript.ExpectedLine] = [.text("A"), .anyLines, .text("Mã hồ sơ: {dossier}")]
    #expect(ReplyMatcher.matches(expected, ["A", "x", "y", "Mã hồ sơ: HCM-260105-0001"]))
    #expect(ReplyMatcher.matches(expected, ["A", "Mã hồ sơ: X"]))
    #expect(!ReplyMatcher.matches(expected, ["B", "Mã hồ sơ: X"]))
    #expect(ReplyMatcher.lineMatches("Ngày {date}, giờ {time}.", "Ngày 05/01/2026, giờ 09:00."))
    #expect(!ReplyMatcher.lineMatches("exact", "exactly"))
  }

  @Test func diffShowsExpectedAgainstActual() {
    let lines = ReplayReport.diff(["a", "b", "c"], ["a", "x", "c"])
    #expect(lines == ["  a", "+ x", "- b", "  c"])
  }
}

@Suite struct PersonalDataTests {
  @Test(arguments: [
    ("CCCD 079090001234 nhé", "CCCD 001090000000 nhé"),
    ("gọi 0903 123 456", "gọi 0900000000"),
    ("sđt 0903.123.456", "sđt 0900000000"),
    ("+84903123456", "+0900000000"),
    ("số 2, năm 2026", "số 2, năm 2026"),
    ("Nghị định 123/2015/NĐ-CP", "Nghị định 123/2015/NĐ-CP"),
  ])
  func masks(input: String, masked: String) {
    #expect(PersonalData.mask(input) == masked)
  }
}

@Suite struct TranscriptWriterTests {
  @Test func updateRewritesRepliesAndKeepsTheRest() {
    let original = """
      title: t
      ---
      # keep me
      > hi
      old reply
      ? intent: greet

      > bye
      old
      """
    let updated = TranscriptWriter.updated(original, replies: [["new 1", "new 2"], ["ciao"]])
    #expect(
      updated == """
        title: t
        ---
        # keep me

        > hi
        new 1
        new 2
        ? intent: greet

        > bye
        ciao

        """)
  }
}
