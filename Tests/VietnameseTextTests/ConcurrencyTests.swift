import Testing

@testable import VietnameseText

@Suite struct ConcurrencyTests {
  @Test func functionsAreSafeToCallConcurrently() async {
    let inputs = [
      "Đăng ký khai sinh", "ngu\u{031B}o\u{031B}\u{0300}i nước ngoài", "hòa giải", "ddawng kys",
    ]
    let expected = inputs.map { VietnameseText.normalize($0) + "|" + VietnameseText.fold($0) }
    let results = await withTaskGroup(of: (Int, String).self) { group in
      for round in 0..<64 {
        let index = round % inputs.count
        let input = inputs[index]
        group.addTask {
          (index, VietnameseText.normalize(input) + "|" + VietnameseText.fold(input))
        }
      }
      var collected: [(Int, String)] = []
      for await result in group { collected.append(result) }
      return collected
    }
    #expect(results.count == 64)
    for (index, text) in results {
      #expect(text == expected[index])
    }
  }
}
