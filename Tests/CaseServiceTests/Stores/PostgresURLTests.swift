import Foundation
import Logging
import Testing

@testable import CaseService

@Suite struct PostgresURLTests {
  @Test func readsEveryPart() throws {
    let url = try PostgresURL("postgres://troly:s3cret@db.example:5433/cases?sslmode=require")
    #expect(url.user == "troly")
    #expect(url.password == "s3cret")
    #expect(url.host == "db.example")
    #expect(url.port == 5433)
    #expect(url.database == "cases")
    #expect(url.tls == .require)
    #expect(url.description == "postgres://troly:***@db.example:5433/cases")
  }

  @Test func portAndPasswordAreOptional() throws {
    let url = try PostgresURL("postgresql://postgres@127.0.0.1/troly_test")
    #expect(url.port == 5432)
    #expect(url.password == nil)
    #expect(url.tls == .disable)
    #expect(url.description == "postgres://postgres@127.0.0.1:5432/troly_test")
  }

  @Test(arguments: [
    "",
    "not a url",
    "http://troly:s3cret@db.example:5432/cases",
    "postgres://db.example:5432/cases",
    "postgres://troly:s3cret@:5432/cases",
    "postgres://troly:s3cret@db.example:5432",
    "postgres://troly:s3cret@db.example:5432/",
    "postgres://troly:s3cret@db.example:5432/cases/more",
    "postgres://troly:s3cret@db.example:99999/cases",
    "postgres://troly:s3cret@db.example:5432/cases?sslmode=always",
    "postgres://troly:s3cret@db.example:5432/cases?password=s3cret",
  ])
  func refusesABadURLWithoutRepeatingIt(text: String) {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    do {
      _ = try PostgresCaseStore(url: text, logger: logger)
      Issue.record("accepted a bad URL")
    } catch let error as CaseStoreError {
      guard case .invalidPostgresURL(let reason) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(!reason.isEmpty)
      #expect(!String(describing: error).contains("s3cret"))
      #expect(!String(describing: error).contains("db.example"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}
