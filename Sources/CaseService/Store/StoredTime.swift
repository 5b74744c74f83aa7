import Foundation

/// Both stores keep instants as whole microseconds since 1970 (SQLite as an integer, PostgreSQL
/// as `timestamptz`, which counts microseconds too), so a date comes back exactly as it went in,
/// to the microsecond.
enum StoredTime {
  static func microseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
  }

  static func date(_ microseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
  }
}
