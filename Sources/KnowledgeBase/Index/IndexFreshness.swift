import Foundation
import GRDB

/// Decides whether the index must be (re)built before a command can use it.
public enum IndexFreshness {
  /// Why the index at `index` must be rebuilt, or nil when it is up to date.
  public static func staleReason(index: URL, inputs: [URL]) -> String? {
    let fm = FileManager.default
    guard let attributes = try? fm.attributesOfItem(atPath: index.path),
      let built = attributes[.modificationDate] as? Date
    else { return "chưa có chỉ mục" }
    for input in inputs {
      if let changed = (try? fm.attributesOfItem(atPath: input.path))?[.modificationDate] as? Date,
        changed > built
      {
        return "\(display(input)) mới hơn chỉ mục"
      }
    }
    var configuration = Configuration()
    configuration.readonly = true
    let version = try? DatabaseQueue(path: index.path, configuration: configuration).read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
    }
    if version != IndexSchema.version { return "chỉ mục thuộc phiên bản khác" }
    return nil
  }
}
