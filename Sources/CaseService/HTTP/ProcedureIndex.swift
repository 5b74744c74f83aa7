import Foundation
import KnowledgeBase
import Logging

/// Whether a procedure code is in the index, for the service's `procedureExists`: asks the
/// catalogue (the `Searcher` over var/index.sqlite) once per code and remembers the answer.
public final class ProcedureIndex: @unchecked Sendable {
  private let catalog: any ProcedureCatalog
  private let logger: Logger
  private let lock = NSLock()
  private var known: [String: Bool] = [:]
  /// Answers kept at most (codes clients make up are not kept beyond it).
  private let capacity = 20_000

  public init(catalog: any ProcedureCatalog, logger: Logger = Logger(label: "troly.cases")) {
    self.catalog = catalog
    self.logger = logger
  }

  public func contains(_ code: String) -> Bool {
    if let answer = lock.withLock({ known[code] }) { return answer }
    let answer: Bool
    do {
      answer = try catalog.procedure(code: code) != nil
    } catch {
      logger.error(
        "the index did not answer", metadata: ["error": .string("\(type(of: error))")])
      return false
    }
    lock.withLock {
      if known.count < capacity { known[code] = answer }
    }
    return answer
  }

  /// `contains` as the closure `CaseServer` takes.
  public var existence: @Sendable (String) -> Bool {
    { [self] code in contains(code) }
  }
}
