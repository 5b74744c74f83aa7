import KnowledgeBase
import Testing

@testable import Conversation

@Suite struct IntentDefinitionTests {
  /// `count` distinct examples as YAML list lines.
  static func examples(_ count: Int) -> String {
    (1...count).map { "  - ví dụ số \($0)\n" }.joined()
  }

  static func parseError(_ text: String) -> Diagnostic? {
    do {
      _ = try IntentDefinition.parse(text, path: "intents/x.yaml")
      return nil
    } catch {
      return error
    }
  }

  @Test func readsEveryField() throws {
    let text = """
      intent: ask_fee
      description: Hỏi phí, lệ phí của thủ tục.
      threshold: 0.45
      examples:
      \(Self.examples(15))
      """
    let definition = try IntentDefinition.parse(text, path: "intents/ask_fee.yaml")
    #expect(definition.intent == .askFee)
    #expect(definition.name == "ask_fee")
    #expect(definition.description == "Hỏi phí, lệ phí của thủ tục.")
    #expect(definition.threshold == 0.45)
    #expect(definition.acceptance == 0.45)
    #expect(definition.examples.count == 15)
    #expect(definition.examples.first == "ví dụ số 1")
    #expect(definition.origin?.line == 1)
    #expect(definition.origin?.exampleLines.first == 5)
  }

  @Test func thresholdDefaultsToOneHalf() throws {
    let text = "intent: greet\ndescription: Chào.\nexamples:\n" + Self.examples(15)
    let definition = try IntentDefinition.parse(text, path: "intents/greet.yaml")
    #expect(definition.threshold == nil)
    #expect(definition.acceptance == 0.5)
  }

  @Test func yesAndNoStayTexts() throws {
    // YAML 1.1 would read these as booleans; examples must keep them as typed.
    let text = """
      intent: yes
      description: Có.
      examples:
        - yes
        - no
        - y
        - on
        - 1022
      \(Self.examples(10))
      """
    let definition = try IntentDefinition.parse(text, path: "intents/yes.yaml")
    #expect(Array(definition.examples.prefix(5)) == ["yes", "no", "y", "on", "1022"])
  }

  @Test func unknownKeyNamesItsLine() {
    let text = "intent: greet\ndescription: Chào.\nexample:\n" + Self.examples(15)
    let diagnostic = Self.parseError(text)
    #expect(diagnostic?.line == 3)
    #expect(diagnostic?.message.contains("trường không hợp lệ 'example'") == true)
    #expect(diagnostic?.description.hasPrefix("intents/x.yaml:3: ") == true)
  }

  @Test func unknownIntentNamesItsLine() {
    let text = "description: Chào.\nintent: say_hello\nexamples:\n" + Self.examples(15)
    let diagnostic = Self.parseError(text)
    #expect(diagnostic?.line == 2)
    #expect(diagnostic?.message.contains("'say_hello'") == true)
    #expect(diagnostic?.message.contains("ask_fee") == true)
  }

  @Test func tooFewExamples() {
    let text = "intent: greet\ndescription: Chào.\nexamples:\n" + Self.examples(14)
    let diagnostic = Self.parseError(text)
    #expect(diagnostic?.line == 4)
    #expect(diagnostic?.message.contains("ít nhất 15 ví dụ, mới có 14") == true)
  }

  @Test func missingFields() {
    let noExamples = Self.parseError("intent: greet\ndescription: Chào.\n")
    #expect(noExamples?.message == "thiếu trường 'examples'")
    let noIntent = Self.parseError("description: Chào.\nexamples:\n" + Self.examples(15))
    #expect(noIntent?.message == "thiếu trường 'intent'")
    let noDescription = Self.parseError("intent: greet\nexamples:\n" + Self.examples(15))
    #expect(noDescription?.message == "thiếu trường 'description'")
  }

  @Test func wrongTypesNameTheirLines() {
    let listIntent = Self.parseError(
      "intent:\n  - greet\ndescription: Chào.\nexamples:\n" + Self.examples(15))
    #expect(listIntent?.line == 2)
    #expect(listIntent?.message.contains("'intent' phải là văn bản") == true)

    let textExamples = Self.parseError("intent: greet\ndescription: Chào.\nexamples: chào\n")
    #expect(textExamples?.line == 3)
    #expect(textExamples?.message.contains("'examples' phải là một danh sách") == true)

    let mappingExample = Self.parseError(
      "intent: greet\ndescription: Chào.\nexamples:\n  - chào: bạn\n" + Self.examples(15))
    #expect(mappingExample?.line == 4)
    #expect(mappingExample?.message.contains("mỗi ví dụ") == true)

    let wordThreshold = Self.parseError(
      "intent: greet\ndescription: Chào.\nthreshold: cao\nexamples:\n" + Self.examples(15))
    #expect(wordThreshold?.line == 3)
    #expect(wordThreshold?.message.contains("'threshold' phải là một số") == true)

    let bigThreshold = Self.parseError(
      "intent: greet\ndescription: Chào.\nthreshold: 1.5\nexamples:\n" + Self.examples(15))
    #expect(bigThreshold?.line == 3)
    #expect(bigThreshold?.message.contains("0 đến 1") == true)
  }

  @Test func repeatedAndEmptyExamples() {
    let repeated = Self.parseError(
      "intent: greet\ndescription: Chào.\nexamples:\n  - Xin chào\n" + Self.examples(15)
        + "  - xin chào\n")
    #expect(repeated?.line == 20)
    #expect(repeated?.message.contains("lặp lại (đã có ở dòng 4)") == true)

    let empty = Self.parseError(
      "intent: greet\ndescription: Chào.\nexamples:\n  - \"  \"\n" + Self.examples(15))
    #expect(empty?.line == 4)
    #expect(empty?.message.contains("không được để trống") == true)
  }

  @Test func badYAMLAndNonMapping() {
    let bad = Self.parseError("intent: greet\ndescription: [Chào\nexamples:\n")
    #expect(bad?.message.hasPrefix("YAML không hợp lệ") == true)
    #expect((bad?.line ?? 0) >= 2)

    let list = Self.parseError("- greet\n- chào\n")
    #expect(list?.line == 1)
    #expect(list?.message.contains("bảng khóa: giá trị") == true)

    let empty = Self.parseError("")
    #expect(empty?.message.contains("tệp rỗng") == true)
  }

  @Test func conflictsNameTheLaterExample() throws {
    let greet = try IntentDefinition.parse(
      "intent: greet\ndescription: Chào.\nexamples:\n  - chào\n" + Self.examples(15),
      path: "intents/greet.yaml")
    let goodbye = try IntentDefinition.parse(
      "intent: goodbye\ndescription: Tạm biệt.\nexamples:\n" + Self.examples(15)
        + "  - Chao\n",
      path: "intents/goodbye.yaml")
    let conflicts = IntentDefinition.conflicts(in: [greet, goodbye])
    // "chào" and "Chao" fold to the same line; the fifteen "ví dụ số N" collide too.
    #expect(conflicts.count == 16)
    #expect(conflicts.last?.path == "intents/goodbye.yaml")
    #expect(conflicts.last?.line == 19)
    #expect(conflicts.last?.message == "ví dụ 'Chao' đã thuộc ý định 'greet'")
  }
}
