/// One record turned into a procedure, with what each splitter made of its fields.
struct ImportedRecord {
  var procedure: Procedure
  var tallies: [ImportField: FieldTally] = [:]
  /// True when fields were re-read from the page text.
  var wasRepaired = false

  init(procedure: Procedure) {
    self.procedure = procedure
  }

  mutating func tally<Value>(_ field: ImportField, _ outcome: SplitOutcome<Value>) {
    tallies[field] = FieldTally(processed: outcome.processed, issues: outcome.issues)
  }
}

/// A field's rows processed and rows not split, for one record.
struct FieldTally {
  var processed: Int
  var issues: [SplitIssue]
}

/// What became of one line of an export.
enum LineOutcome {
  case record(ImportedRecord)
  case failure(String)
  case blank
}
