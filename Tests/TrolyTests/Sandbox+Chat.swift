import Foundation

extension Sandbox {
  /// The repository's `intents/`, two folders above this file.
  static let repositoryIntents = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("intents")

  /// A sandbox for `troly chat`: the small knowledge base and the repository's intents.
  static func forChat() throws -> Sandbox {
    let sandbox = try Sandbox()
    let intents = sandbox.root.appendingPathComponent("intents")
    try FileManager.default.createDirectory(at: intents, withIntermediateDirectories: true)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: repositoryIntents.path)) ?? []
    for name in files where name.hasSuffix(".yaml") {
      try FileManager.default.copyItem(
        at: repositoryIntents.appendingPathComponent(name),
        to: intents.appendingPathComponent(name))
    }
    return sandbox
  }
}
