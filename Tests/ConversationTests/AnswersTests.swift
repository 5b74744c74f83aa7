import Testing

@testable import Conversation

@Suite struct AnswersTests {
  @Test(arguments: [
    ("2", 2), ("số 3", 3), ("so 3", 3), ("cái thứ hai", 2), ("cai thu hai", 2), ("thứ nhất", 1),
    ("chọn 4", 4), ("the second one", 2), ("5.", 5), ("cái thứ tư", 4),
  ])
  func readsChoices(text: String, number: Int) {
    #expect(Answers.choiceNumber(text) == number)
  }

  @Test(arguments: ["đăng ký khai sinh", "hai vợ chồng", "", "cấp lại 2 giấy"])
  func otherLinesAreNotChoices(text: String) {
    #expect(Answers.choiceNumber(text) == nil)
  }

  @Test func choosesByPartOfTheName() {
    let names = ["Đăng ký khai sinh", "Đăng ký kết hôn", "Cấp hộ chiếu phổ thông"]
    #expect(Answers.choiceByName("kết hôn", names: names) == 1)
    #expect(Answers.choiceByName("ho chieu pho thong", names: names) == 2)
    #expect(Answers.choiceByName("đăng ký", names: names) == nil)
  }

  @Test(arguments: [
    ("có", Checklist.Answer.have), ("co roi", .have), ("rồi", .have), ("chưa", .missing),
    ("ko", .missing), ("không có", .missing), ("không rõ", .unsure), ("ko biet", .unsure),
  ])
  func readsChecklistAnswers(text: String, answer: Checklist.Answer) {
    #expect(Answers.checklistAnswer(text) == answer)
  }

  @Test func readsYesAndNo() {
    #expect(Answers.yesOrNo("đúng rồi") == true)
    #expect(Answers.yesOrNo("không phải") == false)
    #expect(Answers.yesOrNo("làm hộ chiếu") == nil)
  }

  @Test func cleansLines() {
    #expect(Dialogue.clean("  xin\u{1B}[31m  chào\n ") == "xin [31m chào")
    #expect(Dialogue.clean(String(repeating: "a ", count: 100_000)).count <= Dialogue.maximumLine)
  }
}
