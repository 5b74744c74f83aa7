import ArgumentParser
import CaseModel
import CaseService
import Foundation
import KnowledgeBase
import Logging

struct CasesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases",
    abstract: "The case-submission service kiosks hand cases off to.",
    subcommands: [Serve.self])

  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Serve API v1 (docs/openapi.yaml) until SIGINT or SIGTERM.",
      discussion: """
        Cases are kept in a SQLite file (default var/cases.sqlite) or, for several service \
        instances, in PostgreSQL. Bearer tokens come from --tokens FILE, one \
        'ROLE TOKEN [KIOSK-ID]' a line (ROLE kiosk or staff, # comments); without it the \
        service uses var/tokens, making it with one kiosk token (kiosk-01) and one staff \
        token when missing. /healthz needs no token; /metrics needs the staff token.
        Examples:
          troly cases serve
          troly cases serve --port 9000 --tokens /etc/troly/tokens --unit Q1
          troly cases serve --postgres postgres://troly@127.0.0.1/troly
        """)

    @Option(name: .long, help: "The SQLite case store (default var/cases.sqlite).")
    var db: String?

    @Option(name: .long, help: "A PostgreSQL URL instead of SQLite.")
    var postgres: String?

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(name: .long, help: "The tokens file (default var/tokens, made when missing).")
    var tokens: String?

    @Option(name: .long, help: "The receiving unit's code in dossier numbers.")
    var unit = "HCM"

    @OptionGroup var options: IndexOptions

    func validate() throws {
      if db != nil && postgres != nil {
        throw ValidationError("Dùng --db hoặc --postgres, không dùng cả hai.")
      }
      guard (0...65535).contains(port) else {
        throw ValidationError("--port phải từ 0 đến 65535.")
      }
      guard DossierNumber.isUnit(unit) else {
        throw ValidationError("--unit gồm 2–10 chữ in hoa hoặc chữ số, ví dụ HCM.")
      }
      guard !host.isEmpty else { throw ValidationError("--host không được để trống.") }
    }

    func run() async throws {
      let workspace = options.workspace
      let searcher = try workspace.openSearcher()
      let table = try loadTokens(workspace)
      let store = try openStore(workspace)
      do {
        try await store.migrate()
      } catch {
        await store.close()
        Console.error("troly: không chuẩn bị được kho hồ sơ: \(error)")
        throw ExitCode.failure
      }
      let server = CaseServer(
        store: store, procedureExists: ProcedureIndex(catalog: searcher).existence,
        tokens: table,
        configuration: .init(host: host, port: port, unit: unit))
      let host = self.host
      do {
        try await server.run { port in
          let name = host.contains(":") ? "[\(host)]" : host
          print("Dịch vụ hồ sơ đang nghe tại http://\(name):\(port) (Ctrl-C để dừng).")
          fflush(nil)
        }
      } catch {
        await store.close()
        Console.error("troly: dịch vụ hồ sơ dừng vì lỗi: \(error)")
        throw ExitCode.failure
      }
      await store.close()
      print("Dịch vụ hồ sơ đã dừng.")
    }

    private func loadTokens(_ workspace: Workspace) throws -> TokenTable {
      do {
        if let tokens {
          let table = try TokenTable.load(contentsOf: tokens)
          print("Mã truy cập: \(tokens).")
          return table
        }
        let path = workspace.root.appendingPathComponent("var/tokens").path
        let shown = workspace.displayPath(URL(fileURLWithPath: path))
        if FileManager.default.fileExists(atPath: path) {
          print("Mã truy cập: \(shown).")
          return try TokenTable.load(contentsOf: path)
        }
        let table = try TokenTable.makeDefault(at: path)
        print("Đã tạo tệp mã truy cập \(shown) (một ki-ốt kiosk-01, một nhân viên; chế độ 0600).")
        return table
      } catch let error as TokenFileError {
        Console.error("troly: \(error)")
        throw ExitCode.failure
      }
    }

    private func openStore(_ workspace: Workspace) throws -> any CaseStore {
      if let postgres {
        do {
          let store = try PostgresCaseStore(url: postgres, logger: Logger(label: "troly.cases"))
          print("Kho hồ sơ: PostgreSQL.")
          return store
        } catch {
          // The store's errors never repeat the URL (it may hold a password).
          Console.error("troly: --postgres không dùng được: \(error)")
          throw ExitCode.failure
        }
      }
      let path = db ?? "var/cases.sqlite"
      let url =
        path.hasPrefix("/")
        ? URL(fileURLWithPath: path) : workspace.root.appendingPathComponent(path)
      do {
        let store = try SQLiteCaseStore(path: url.path)
        print("Kho hồ sơ: \(workspace.displayPath(url)).")
        return store
      } catch {
        Console.error("troly: không mở được kho hồ sơ \(workspace.displayPath(url)): \(error)")
        throw ExitCode.failure
      }
    }
  }
}
