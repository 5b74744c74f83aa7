import Foundation

/// Imports portal exports (JSON Lines) into procedures: every field cleaned (NFC, spaces, missing
/// values), the glued tables of the national crawl split into rows, and a report of what could
/// not be split. A line that cannot be read is skipped and reported as `file:line: message`; a
/// code met twice keeps its first record. Only reading the file can throw.
public struct PortalImporter: Sendable {
  /// The national catalogue crawl (national-catalogue.jsonl): flat, glued table text.
  public static func importNational(contentsOf url: URL, sourceName: String) throws -> ImportResult
  {
    try importFile(at: url, format: .national, sourceName: sourceName)
  }

  /// The structured ChiTietTTHC export (defence-ministry.jsonl): proper tables.
  public static func importDefence(contentsOf url: URL, sourceName: String) throws -> ImportResult {
    try importFile(at: url, format: .structured, sourceName: sourceName)
  }

  /// A file of the given format, as named in sources.yaml.
  public static func importFile(
    at url: URL, format: SourceSpec.Format, sourceName: String
  ) throws -> ImportResult {
    let data = try Data(contentsOf: url, options: .mappedIfSafe)
    return importData(data, format: format, sourceName: sourceName, fileLabel: url.path)
  }

  /// National-format lines held in memory; errors are labelled with `sourceName`.
  public static func importNational(data: Data, sourceName: String) -> ImportResult {
    importData(data, format: .national, sourceName: sourceName)
  }

  /// Structured-format lines held in memory; errors are labelled with `sourceName`.
  public static func importDefence(data: Data, sourceName: String) -> ImportResult {
    importData(data, format: .structured, sourceName: sourceName)
  }

  /// - Parameter fileLabel: how errors name the input (`file:line: message`); the source name
  ///   by default.
  public static func importData(
    _ data: Data, format: SourceSpec.Format, sourceName: String, fileLabel: String? = nil
  ) -> ImportResult {
    let outcomes = JSONLines.map(data) { line, decoder in
      switch format {
      case .national: national(line, decoder: decoder, origin: sourceName)
      case .structured: structured(line, decoder: decoder, origin: sourceName)
      }
    }
    return assemble(outcomes, sourceName: sourceName, fileLabel: fileLabel ?? sourceName)
  }

  private static func national(_ line: Data, decoder: JSONDecoder, origin: String) -> LineOutcome {
    do {
      let record = try decoder.decode(NationalRecord.self, from: line)
      return NationalProcedure.make(record, origin: origin) {
        (try? decoder.decode(NationalPageText.self, from: line))?.rawText
      }
    } catch {
      return .failure(JSONLines.describe(error))
    }
  }

  private static func structured(_ line: Data, decoder: JSONDecoder, origin: String) -> LineOutcome
  {
    do {
      let record = try decoder.decode(StructuredRecord.self, from: line)
      return StructuredProcedure.make(record, origin: origin)
    } catch {
      return .failure(JSONLines.describe(error))
    }
  }

  /// Puts the outcomes together in file order: first record of each code kept, tallies summed.
  static func assemble(
    _ outcomes: [(line: Int, outcome: LineOutcome)], sourceName: String, fileLabel: String
  ) -> ImportResult {
    var report = ImportReport(source: sourceName)
    var procedures: [Procedure] = []
    var firstLines: [String: Int] = [:]
    for (line, outcome) in outcomes {
      switch outcome {
      case .blank:
        continue
      case .failure(let message):
        report.errors.append(Diagnostic(path: fileLabel, line: line, message: message))
      case .record(let record):
        let code = record.procedure.code
        if let firstLine = firstLines[code] {
          report.duplicates.append(DuplicateCode(code: code, line: line, firstLine: firstLine))
          continue
        }
        firstLines[code] = line
        procedures.append(record.procedure)
        if record.wasRepaired { report.repaired.append(code) }
        for (field, tally) in record.tallies {
          report[field].processed += tally.processed
          report[field].unsplit += tally.issues.map {
            UnsplitRow(code: code, text: UnsplitRow.excerpt($0.text), reason: $0.reason)
          }
        }
      }
    }
    report.procedureCount = procedures.count
    return ImportResult(procedures: procedures, report: report)
  }
}
