/// What a splitter made of one field of one procedure: how many rows (or records) it handled,
/// and the ones it could not split cleanly.
struct SplitOutcome<Value> {
  var value: Value
  var processed: Int
  var issues: [SplitIssue]

  init(_ value: Value, processed: Int, issues: [SplitIssue] = []) {
    self.value = value
    self.processed = processed
    self.issues = issues
  }
}

/// A row a splitter could not split cleanly: its raw text and why.
struct SplitIssue: Equatable {
  var text: String
  var reason: String
}
