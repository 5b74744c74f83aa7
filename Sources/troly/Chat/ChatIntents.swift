import ArgumentParser
import Conversation
import Foundation

/// The intent recogniser `troly chat` and `troly bench chat` use: the classifier built from
/// the working directory's `intents/*.yaml`.
enum ChatIntents {
  static func recognizer(root: URL) throws -> any IntentRecognizing {
    do {
      return IntentClassifier(try IntentFiles.load(folder: root.appendingPathComponent("intents")))
    } catch {
      for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
      Console.error("\(error.diagnostics.count) lỗi trong intents/.")
      throw ExitCode.failure
    }
  }
}
