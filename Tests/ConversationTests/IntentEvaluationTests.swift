import Testing
import VietnameseText

@testable import Conversation

@Suite struct IntentEvaluationTests {
  @Test func crossValidationOnTheRealFiles() throws {
    let definitions = try IntentFixtures.definitions()
    let evaluation = IntentEvaluation(definitions: definitions, folds: 5)
    #expect(evaluation.folds == 5)
    #expect(evaluation.examples == definitions.map(\.examples.count).reduce(0, +))
    #expect(evaluation.accuracy >= 0.85, "accuracy \(evaluation.accuracy)")
    #expect(evaluation.acceptedAccuracy <= evaluation.accuracy)
    #expect(evaluation.acceptedAccuracy >= 0.75, "with thresholds \(evaluation.acceptedAccuracy)")
    #expect(evaluation.intents.count == Intent.allCases.count)
    #expect(evaluation.intents.allSatisfy { $0.f1 >= 0.6 }, "\(evaluation.intents)")
    let wrong = Int(((1 - evaluation.accuracy) * Double(evaluation.examples)).rounded())
    #expect(evaluation.misclassified.count == wrong)
    #expect(evaluation.confusions.map(\.count).reduce(0, +) == wrong)
    #expect(
      zip(evaluation.confusions, evaluation.confusions.dropFirst()).allSatisfy {
        $0.count >= $1.count
      })
  }

  @Test func foldsAreDeterministicBalancedAndKeepTwinsTogether() {
    let examples = [
      "có", "co", "Có", "có rồi", "co roi", "rồi", "roi", "vâng", "vang", "ừ", "uh", "ok", "dạ",
      "đúng", "phải", "yes", "y",
    ]
    let folds = IntentEvaluation.folds(of: examples, count: 5)
    #expect(folds == IntentEvaluation.folds(of: examples, count: 5))
    // A line and its unaccented twin share a fold: "có" is never tested against "co".
    #expect(folds[0] == folds[1] && folds[1] == folds[2])
    #expect(folds[3] == folds[4])
    #expect(folds[5] == folds[6])
    #expect(folds[7] == folds[8])
    // 12 groups dealt to 5 folds: every fold gets 2 or 3 of them.
    let keys = examples.map { VietnameseText.foldedSyllables($0).joined(separator: " ") }
    for fold in 0..<5 {
      let groups = Set(examples.indices.filter { folds[$0] == fold }.map { keys[$0] })
      #expect((2...3).contains(groups.count), "fold \(fold): \(groups)")
    }
    // The order of the examples does not matter, only their text.
    let reversed = IntentEvaluation.folds(of: examples.reversed(), count: 5)
    #expect(Array(reversed.reversed()) == folds)
  }

  @Test func figuresFollowTheirDefinitions() {
    // Two intents whose examples share nothing: every held-out example is right.
    let greet = IntentDefinition(
      intent: .greet, description: "Chào.",
      examples: (1...10).map { "xin chào bạn số \($0)" })
    let thanks = IntentDefinition(
      intent: .thanks, description: "Cảm ơn.",
      examples: (1...10).map { "cảm ơn nhiều lần \($0)" })
    let evaluation = IntentEvaluation(definitions: [greet, thanks], folds: 5)
    #expect(evaluation.examples == 20)
    #expect(evaluation.accuracy == 1)
    #expect(evaluation.misclassified.isEmpty)
    #expect(evaluation.intents.map(\.intent) == ["greet", "thanks"])
    #expect(evaluation.intents.allSatisfy { $0.precision == 1 && $0.recall == 1 && $0.f1 == 1 })
    #expect(evaluation.macroF1 == 1)
  }
}
