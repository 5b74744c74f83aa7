import CaseModel
import Foundation

/// A case as both stores read it back: the columns of `case_record` and its `case_event` rows.
struct CaseRow: Sendable {
  struct EventRow: Sendable {
    var status: String
    /// Microseconds since 1970.
    var at: Int64
    var note: String?
  }

  var dossier: String
  var procedureCode: String
  var status: String
  /// Microseconds since 1970.
  var submittedAt: Int64
  var kioskID: String
  var idNumber: String
  /// Oldest first.
  var events: [EventRow]

  func storedCase() throws -> StoredCase {
    guard let number = DossierNumber(dossier) else {
      throw CaseStoreError.unreadableRow(table: "case_record", column: "dossier")
    }
    let history = try events.map { event in
      CaseStatusView.Event(
        status: try Self.status(event.status, table: "case_event"),
        at: StoredTime.date(event.at), note: event.note)
    }
    let view = CaseStatusView(
      dossier: number, procedureCode: procedureCode,
      status: try Self.status(status, table: "case_record"),
      submittedAt: StoredTime.date(submittedAt), history: history)
    return StoredCase(view: view, idNumber: idNumber, kioskID: kioskID)
  }

  static func status(_ text: String, table: String) throws -> CaseStatus {
    guard let status = CaseStatus(rawValue: text) else {
      throw CaseStoreError.unreadableRow(table: table, column: "status")
    }
    return status
  }

  /// The checklist as stored in `case_record.checklist_json`: compact, keys sorted.
  static func checklistJSON(_ checklist: ChecklistSummary) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(checklist), as: UTF8.self)
  }
}
