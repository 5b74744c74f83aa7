/// The procedures of one portal export, in the order of the file, and what the import could not
/// do cleanly.
public struct ImportResult: Sendable, Equatable {
  public var procedures: [Procedure]
  public var report: ImportReport

  public init(procedures: [Procedure], report: ImportReport) {
    self.procedures = procedures
    self.report = report
  }
}
