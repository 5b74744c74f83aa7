import Conversation
import Testing

@testable import troly

struct ReplyRendererTests {
  @Test func wrapsByDisplayWidthWithHangingIndents() {
    // "ệ" written as e + two combining marks takes one column, not three.
    let decomposed = "Ke\u{302}\u{323}t"
    let reply = Reply([
      .text(Array(repeating: decomposed, count: 8).joined(separator: " ")),
      .option(number: 1, title: "Cấp lại thẻ căn cước cho công dân", detail: "Cấp xã"),
      .bullet("một hai ba bốn năm sáu bảy tám"),
    ])
    let text = ReplyRenderer(width: 20, colour: false).render(reply)
    #expect(
      text
        == """
        Kệt Kệt Kệt Kệt Kệt
        Kệt Kệt Kệt
         1. Cấp lại thẻ căn
            cước cho công
            dân — Cấp xã
          • một hai ba bốn
            năm sáu bảy tám

        """.replacingOccurrences(of: "Kệt", with: decomposed))
  }

  @Test func stripsControlCharactersAndColoursOnlyWhenAsked() {
    let reply = Reply([.heading("A\u{1B}[31mB\u{07}\u{202E}C\u{9B}")])
    #expect(ReplyRenderer(width: 80, colour: false).render(reply) == "A[31mBC\n")
    let coloured = ReplyRenderer(width: 80, colour: true).render(reply)
    #expect(coloured == "\u{1B}[1mA[31mBC\u{1B}[0m\n")
  }

  @Test func cutsWordsWiderThanTheLine() {
    let lines = ReplyRenderer.lines(of: String(repeating: "ă", count: 25), width: 10)
    #expect(lines == ["ăăăăăăăăăă", "ăăăăăăăăăă", "ăăăăă"])
  }
}
