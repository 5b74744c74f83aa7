import ArgumentParser

@main
struct Troly: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "troly",
    abstract: "Trợ lý ảo dịch vụ công TP. Hồ Chí Minh — TroLy, the public-services assistant.",
    discussion: """
      Run from the repository root. The index lives at var/index.sqlite (--index or TROLY_INDEX \
      to change it) and is built from knowledge-base/ when missing or stale.
      """,
    subcommands: [
      SearchCommand.self, EvalCommand.self, IndexCommand.self, KBCommand.self, BenchCommand.self,
      ChatCommand.self, ReplayCommand.self, IntentsCommand.self, NLUCommand.self,
      CasesCommand.self, OutboxCommand.self,
    ]
  )
}
