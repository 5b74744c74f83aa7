import Foundation
import KnowledgeBase
import Testing

@testable import Conversation

/// A small real index (local procedures with documents, methods and fees) and the real intents.
enum DialogueFixture {
  static let engine: Engine? = try? make()

  static func make() throws -> Engine {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-dialogue-\(UUID().uuidString)")
    let kb = root.appendingPathComponent("knowledge-base")
    try FileManager.default.createDirectory(
      at: kb.appendingPathComponent("local"), withIntermediateDirectories: true)
    try "sources: []\n".write(
      to: kb.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
    try "glossary:\n  - en: [passport]\n    vi: [hộ chiếu]\n".write(
      to: kb.appendingPathComponent("glossary-en.yaml"), atomically: true, encoding: .utf8)
    let passport = """
      name: Cấp hộ chiếu phổ thông ở trong nước
      levels: [Cấp tỉnh]
      applicants: [Công dân Việt Nam]
      submit_at: Phòng Quản lý xuất nhập cảnh Công an Thành phố
      result: Hộ chiếu phổ thông
      methods:
        - channel: Trực tiếp
          processing_time: {value: 8, unit: ngày làm việc, text: 8 ngày làm việc}
          fee: {text: "200.000 đồng", amount_vnd: 200000}
        - channel: Trực tuyến
          processing_time: {value: 8, unit: ngày làm việc, text: 8 ngày làm việc}
          fee: {text: "180.000 đồng", amount_vnd: 180000}
      documents:
        - name: Tờ khai đề nghị cấp hộ chiếu
          form: Mẫu TK01
        - name: Ảnh chân dung
          originals: 2
        - name: Thẻ căn cước
          section: phải xuất trình
      steps: [Nộp hồ sơ, Nhận giấy hẹn, Nhận hộ chiếu]
      """
    let files: [(String, String)] = [
      ("T.1", passport),
      ("T.2", "name: Đăng ký kết hôn\nlevels: [Cấp xã]\n"),
      ("T.3", "name: Đăng ký kết hôn có yếu tố nước ngoài\nlevels: [Cấp xã]\n"),
      ("T.4", "name: Đăng ký khai sinh\nlevels: [Cấp xã]\n"),
      ("T.5", "name: Cấp lại giấy phép lái xe\nlevels: [Cấp tỉnh]\n"),
    ]
    for (code, text) in files {
      try text.write(
        to: kb.appendingPathComponent("local/\(code).yaml"), atomically: true, encoding: .utf8)
    }
    let merged = try KnowledgeBaseLoader.load(folder: kb, root: root)
    let index = root.appendingPathComponent("index.sqlite")
    _ = try IndexBuilder().build(merged, at: index)
    let classifier = IntentClassifier(try IntentFixtures.definitions())
    return Engine(catalog: try Searcher(indexAt: index), intents: classifier)
  }
}

/// A conversation driven line by line, as the REPL and replay drive it.
struct Talk {
  let engine: Engine
  var state: DialogueState
  var effects: [Effect] = []
  let now = Date(timeIntervalSince1970: 1_790_000_000)

  init(_ language: Language = .vi) throws {
    engine = try #require(DialogueFixture.engine)
    state = DialogueState(language: language)
  }

  /// Says `line` and returns the reply as plain text.
  mutating func say(_ line: String) -> String {
    let turn = engine.step(state, .line(line), now: now)
    state = turn.state
    effects = turn.effects
    return turn.reply.plainText
  }
}

@Suite struct DialogueTests {
  @Test func needThenChoiceThenQuestionsThenChecklist() throws {
    var talk = try Talk()
    let candidates = talk.say("làm hộ chiếu")
    #expect(candidates.contains("1. Cấp hộ chiếu phổ thông ở trong nước"))
    #expect(talk.state.phaseName == "choosing")

    let card = talk.say("1")
    #expect(card.contains("Cấp hộ chiếu phổ thông ở trong nước (T.1)"))
    #expect(card.contains("Nộp tại: Phòng Quản lý xuất nhập cảnh Công an Thành phố"))
    #expect(card.contains("Thời gian giải quyết: Trực tiếp: 8 ngày làm việc"))
    #expect(card.contains("Có thể nộp trực tuyến."))
    #expect(talk.state.procedure?.code == "T.1")

    #expect(talk.say("lệ phí bao nhiêu?").contains("Trực tuyến: 180.000 đồng"))
    #expect(talk.say("mất bao lâu").contains("8 ngày làm việc"))
    let documents = talk.say("cần mang giấy tờ gì")
    #expect(documents.contains("Tờ khai đề nghị cấp hộ chiếu (mẫu: Mẫu TK01) — 1 bản chính"))
    #expect(documents.contains("Giấy tờ phải xuất trình:"))

    let first = talk.say("kiểm tra giấy tờ giúp tôi")
    #expect(first.contains("(1/3) Tờ khai đề nghị cấp hộ chiếu"))
    #expect(talk.say("chưa").contains("(2/3) Ảnh chân dung — 2 bản chính"))
    #expect(talk.say("xyz không liên quan").contains("(2/3)"))
    #expect(talk.say("có").contains("(3/3) Thẻ căn cước"))
    let summary = talk.say("không rõ")
    #expect(summary.contains("Mang theo:\n• Ảnh chân dung"))
    #expect(summary.contains("Tờ khai đề nghị cấp hộ chiếu — điền mẫu Mẫu TK01"))
    #expect(summary.contains("Chưa rõ — hỏi cán bộ tiếp nhận:\n• Thẻ căn cước"))
    #expect(summary.contains("nộp hồ sơ ngay tại kiosk"))
    #expect(talk.state.phaseName == "handoff.offer")

    _ = talk.say("lưu danh sách")
    guard case .saveChecklist(let checklist) = talk.effects.first else {
      Issue.record("expected a saveChecklist effect, got \(talk.effects)")
      return
    }
    #expect(checklist.items.map(\.answer) == [.missing, .have, .unsure])
  }

  @Test func questionBeforeChoosingSearchesAndAnswers() throws {
    var talk = try Talk()
    let answer = talk.say("làm hộ chiếu mất bao lâu?")
    #expect(answer.contains("Thủ tục: Cấp hộ chiếu phổ thông ở trong nước"))
    #expect(answer.contains("8 ngày làm việc"))
    #expect(talk.state.phaseName == "chosen")
  }

  @Test func choosesByOrdinalAndByName() throws {
    var talk = try Talk()
    _ = talk.say("đăng ký kết hôn")
    guard case .choosing(let candidates) = talk.state.phase else {
      Issue.record("expected candidates")
      return
    }
    let second = candidates[1].name
    var byOrdinal = talk
    #expect(byOrdinal.say("cái thứ hai").contains(second))
    #expect(talk.say("có yếu tố nước ngoài").contains("Đăng ký kết hôn có yếu tố nước ngoài (T.3)"))
  }

  @Test func needsThatSoundLikeIntentsGoToSearch() throws {
    var talk = try Talk()
    let reply = talk.say("làm lại giấy phép lái xe")
    #expect(reply.contains("Cấp lại giấy phép lái xe"), "\(reply)")
    #expect(talk.state.lastIntent == "need")
  }

  @Test func questionWithoutProcedureAsksWhichOne() throws {
    var talk = try Talk()
    #expect(talk.say("lệ phí bao nhiêu?").contains("Bạn cho tôi biết thủ tục cần làm trước"))
    #expect(talk.state.procedure == nil)
  }

  @Test func numbersOutOfRangeAreReasked() throws {
    var talk = try Talk()
    _ = talk.say("đăng ký kết hôn")
    #expect(talk.say("9").contains("Vui lòng chọn một số từ 1 đến"))
    #expect(talk.state.phaseName == "choosing")
  }

  @Test func backRestartAndGoodbye() throws {
    var talk = try Talk()
    _ = talk.say("làm hộ chiếu")
    _ = talk.say("1")
    #expect(talk.say("quay lại").contains("1. Cấp hộ chiếu phổ thông"))
    #expect(talk.state.phaseName == "choosing")
    _ = talk.say("bắt đầu lại")
    #expect(talk.state == DialogueState(language: .vi).with(lastIntent: "restart"))
    let bye = talk.say("tạm biệt")
    #expect(bye.contains("Cảm ơn bạn"))
    #expect(talk.effects == [.wipeSession, .endSession])
    #expect(talk.state.procedure == nil)
  }

  @Test func complaintsAndOutOfScopePointTo1022() throws {
    var talk = try Talk()
    #expect(
      talk.say("cán bộ ở phường làm việc chậm quá, tôi muốn khiếu nại thái độ").contains("1022"))
    #expect(talk.say("hôm nay thời tiết thế nào").contains("1022"))
  }

  @Test(arguments: [
    "", "   ", "\u{1B}[2J\u{7}", String(repeating: "hộ chiếu ", count: 12_000), "🙂🙂🙂",
    "\"*NEAR(", "99999999999999999999",
  ])
  func badInputGetsAnAnswer(line: String) throws {
    var talk = try Talk()
    let reply = talk.say(line)
    #expect(!reply.isEmpty)
    #expect(!reply.contains("\u{1B}"))
  }

  @Test func englishReplies() throws {
    var talk = try Talk(.en)
    let reply = talk.say("apply for a passport")
    #expect(
      reply.contains("I found these procedures:") || reply.contains("Did you mean"), "\(reply)")
  }

  @Test func idleWipeForgetsEverything() throws {
    var talk = try Talk()
    _ = talk.say("làm hộ chiếu")
    let turn = talk.engine.step(talk.state, .idleWipe, now: talk.now)
    #expect(turn.state == DialogueState(language: .vi))
    #expect(turn.effects == [.wipeSession])
  }
}

extension DialogueState {
  func with(lastIntent: String) -> DialogueState {
    var copy = self
    copy.lastIntent = lastIntent
    return copy
  }
}

/// Replies follow the language a need is typed in; a wiped session returns to the kiosk's own.
@Suite struct ReplyLanguageTests {
  @Test func anEnglishNeedIsAnsweredInEnglish() throws {
    var talk = try Talk(.vi)
    let answer = talk.say("I need a passport")
    #expect(answer.contains("Procedure: Cấp hộ chiếu phổ thông ở trong nước"))
    #expect(talk.state.language == .en)
    #expect(talk.state.homeLanguage == .vi)
    // A need with Vietnamese marks switches back.
    #expect(talk.say("đăng ký kết hôn").contains("Tôi tìm thấy các thủ tục sau"))
    #expect(talk.state.language == .vi)
    // The answer to a phase ("1") keeps the language.
    #expect(talk.say("1").contains("Đăng ký kết hôn (T.2)"))
    #expect(talk.state.language == .vi)
  }

  @Test func unmarkedVietnameseKeepsAnEnglishSession() throws {
    var talk = try Talk(.en)
    #expect(talk.say("dang ky ket hon").contains("I found these procedures"))
    #expect(talk.state.language == .en)
  }

  @Test func wipesAndGoodbyesReturnToTheKiosksLanguage() throws {
    var talk = try Talk(.vi)
    _ = talk.say("passport please")
    #expect(talk.state.language == .en)
    let wiped = talk.engine.step(talk.state, .idleWipe, now: talk.now)
    #expect(wiped.state.language == .vi)
    #expect(wiped.reply.plainText.contains("Xin chào"))
    _ = talk.say("passport please")
    _ = talk.say("goodbye")
    #expect(talk.state.language == .vi)
    #expect(talk.effects.contains(.wipeSession))
  }
}
