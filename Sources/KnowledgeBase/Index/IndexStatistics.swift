import Foundation
import GRDB

/// Figures about a built index, for `troly index stats`.
public struct IndexStatistics: Sendable, Codable {
  public var procedures: Int
  public var terms: Int
  public var bytes: Int
  public var builtAt: String
  public var sources: String
  public var schemaVersion: String
  /// Procedures per level (a procedure done at several levels counts for each).
  public var byLevel: [String: Int]
  /// Procedures per origin: source name or `local`.
  public var byOrigin: [String: Int]

  public static func read(at url: URL) throws -> IndexStatistics {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: url.path, configuration: configuration)
    let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    return try queue.read { db in
      func meta(_ key: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
          ?? ""
      }
      var byLevel: [String: Int] = [:]
      for levels in try String.fetchAll(db, sql: "SELECT levels FROM procedure") {
        for level in levels.split(separator: ",") {
          byLevel[level.trimmingCharacters(in: .whitespaces), default: 0] += 1
        }
      }
      var byOrigin: [String: Int] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT origin, count(*) FROM procedure GROUP BY origin")
      {
        byOrigin[row[0]] = row[1]
      }
      return IndexStatistics(
        procedures: try Int.fetchOne(db, sql: "SELECT count(*) FROM procedure") ?? 0,
        terms: try Int.fetchOne(db, sql: "SELECT count(*) FROM term") ?? 0, bytes: bytes,
        builtAt: try meta("built_at"), sources: try meta("sources"),
        schemaVersion: try meta("schema_version"), byLevel: byLevel, byOrigin: byOrigin)
    }
  }
}
