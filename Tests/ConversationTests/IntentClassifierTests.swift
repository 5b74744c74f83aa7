import Foundation
import Testing

@testable import Conversation

@Suite struct IntentClassifierTests {
  static let definitions = Result { try IntentFixtures.definitions() }
  static let classifier = Result { IntentClassifier(try definitions.get()) }

  @Test func theRealFolderDefinesEveryIntent() throws {
    let definitions = try Self.definitions.get()
    #expect(
      definitions.map(\.intent).sorted { $0.rawValue < $1.rawValue }
        == Intent.allCases.sorted { $0.rawValue < $1.rawValue })
    for definition in definitions {
      #expect(definition.examples.count >= 20, "\(definition.name)")
      #expect(definition.origin?.path == "intents/\(definition.name).yaml")
    }
    #expect(IntentDefinition.conflicts(in: definitions).isEmpty)
  }

  @Test(arguments: [
    ("có", Intent.yes), ("co", .yes), ("có rồi", .yes), ("rồi", .yes), ("uh", .yes),
    ("ừ", .yes), ("vâng", .yes), ("ok", .yes), ("cos", .yes),
    ("chưa", .no), ("chưa có", .no), ("không", .no), ("ko", .no), ("k", .no), ("hông", .no),
    ("chuwa", .no),
    ("không rõ", .unsure), ("không biết", .unsure), ("ko bit", .unsure), ("k biet", .unsure),
    ("quay lại", .back), ("làm lại từ đầu", .restart), ("bắt đầu lại", .restart),
    ("không phải cái nào cả", .noneOfThese), ("không có cái tôi cần", .noneOfThese),
    ("xin chào", .greet), ("cảm ơn nhiều", .thanks), ("tạm biệt", .goodbye),
    ("giúp tôi với", .help),
  ])
  func shortAnswers(_ text: String, _ intent: Intent) throws {
    let recognized = try Self.classifier.get().recognize(text)
    #expect(recognized?.intent == intent, "\(text)")
  }

  @Test(arguments: [
    ("làm hộ chiếu mất bao lâu?", Intent.askTime),
    ("cần mang giấy gì", .askDocuments),
    ("lệ phí bao nhiêu", .askFee),
    ("le phi bao nhieu", .askFee),
    ("nộp ở đâu", .askWhere),
    ("làm online được không", .askOnline),
    ("ai được làm", .askApplicants),
    ("cần điều kiện gì", .askConditions),
    ("kết quả là gì", .askResult),
    ("căn cứ luật nào", .askLegal),
    ("các bước làm thế nào", .askSteps),
    ("kiểm tra giấy tờ giúp tôi", .checklist),
    ("in ra giúp tôi", .saveChecklist),
    ("nhân viên thái độ kém quá", .complaint),
    ("thời tiết hôm nay thế nào", .outOfScope),
    ("how much does it cost", .askFee),
  ])
  func questionsAndRequests(_ text: String, _ intent: Intent) throws {
    let recognized = try Self.classifier.get().recognize(text)
    #expect(recognized?.intent == intent, "\(text)")
  }

  @Test func needsGoToSearch() throws {
    let classifier = try Self.classifier.get()
    let claimed = IntentFixtures.needs.filter { classifier.recognize($0) != nil }
    // "Mostly": at most one in ten may be taken for a question about a procedure.
    #expect(claimed.count * 10 <= IntentFixtures.needs.count, "\(claimed)")
    // A need taken for an intent is at worst an `ask_*` question, which the dialogue answers
    // by searching for the procedure anyway; never a greeting, a goodbye or a complaint.
    for need in claimed {
      let intent = classifier.recognize(need)?.intent
      #expect(intent?.rawValue.hasPrefix("ask_") == true, "\(need) → \(String(describing: intent))")
    }
  }

  @Test func rankingListsEveryIntentBestFirstWithinZeroAndOne() throws {
    let classifier = try Self.classifier.get()
    for text in ["làm hộ chiếu mất bao lâu", "có", "cấp lại giấy phép lái xe", "", "!!!"] {
      let ranking = classifier.ranking(text)
      #expect(Set(ranking.map(\.intent)) == Set(Intent.allCases))
      #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
      #expect(ranking.allSatisfy { (0...1).contains($0.confidence) })
      #expect(ranking.map(\.confidence).reduce(0, +) <= 1 + 1e-9)
    }
    #expect(classifier.recognize("") == nil)
    #expect(classifier.recognize("!!!") == nil)
    #expect(classifier.ranking("").allSatisfy { $0.confidence == 0 })
  }

  @Test func recognizeAppliesEachIntentsThreshold() throws {
    let classifier = try Self.classifier.get()
    #expect(classifier.threshold(for: .yes) == 0.4)
    #expect(classifier.threshold(for: .greet) == 0.5)
    for text in ["làm hộ chiếu mất bao lâu", "có", "xin chào", "cấp lại giấy phép lái xe"] {
      let best = classifier.ranking(text)[0]
      let recognized = classifier.recognize(text)
      if best.confidence >= classifier.threshold(for: best.intent) {
        #expect(recognized == best)
      } else {
        #expect(recognized == nil)
      }
    }
  }

  @Test func accentsDoNotDecideButHelp() throws {
    let classifier = try Self.classifier.get()
    // Folded, the same line.
    #expect(classifier.recognize("lam ho chieu mat bao lau")?.intent == .askTime)
    #expect(classifier.recognize("LÀM HỘ CHIẾU MẤT BAO LÂU")?.intent == .askTime)
    // "căn" (cước) is not "cần" (documents): typed with marks, the accented word decides.
    let accented = classifier.ranking("làm căn cước cho con")[0]
    let folded = classifier.ranking("lam can cuoc cho con")[0]
    #expect(accented.confidence < classifier.threshold(for: accented.intent))
    #expect(folded.intent == .askDocuments || folded.confidence < 0.5)
  }

  @Test func deterministic() throws {
    let definitions = try Self.definitions.get()
    let first = IntentClassifier(definitions)
    let second = IntentClassifier(definitions.reversed())
    for text in ["có", "làm hộ chiếu mất bao lâu", "không biết", "đăng ký kết hôn"] {
      #expect(first.ranking(text) == second.ranking(text))
    }
  }

  @Test func intentsWithoutDefinitionAreNeverRecognized() throws {
    let definitions = try Self.definitions.get().filter { $0.intent != .yes }
    let classifier = IntentClassifier(definitions)
    #expect(classifier.recognize("có")?.intent != .yes)
    #expect(!classifier.ranking("có").contains { $0.intent == .yes })
    #expect(classifier.threshold(for: .yes) == 1)
  }

  @Test func fast() throws {
    let definitions = try Self.definitions.get()
    var clock = ContinuousClock.now
    let classifier = IntentClassifier(definitions)
    let build = ContinuousClock.now - clock
    let lines = ["làm hộ chiếu mất bao lâu vậy em", "có", "cấp lại giấy phép lái xe bị mất"]
    clock = .now
    var recognized = 0
    for index in 0..<3000 where classifier.recognize(lines[index % 3]) != nil { recognized += 1 }
    let each = (ContinuousClock.now - clock) / 3000
    #expect(recognized == 2000)
    // Debug builds are several times slower than release; these bounds hold for both.
    #expect(build < .milliseconds(500), "build \(build)")
    #expect(each < .milliseconds(1), "classification \(each)")
  }
}
