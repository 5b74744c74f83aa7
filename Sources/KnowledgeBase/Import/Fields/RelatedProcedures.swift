import Foundation

/// Thủ tục liên quan. The portal shows a small table twice — desktop
/// (`#Tên thủ tục1<name>2<name>`) and mobile (`#1Tên thủ tục<name>#2Tên thủ tục<name>`) — glued
/// together; other exports give a plain list.
enum RelatedProcedures {
  static func split(_ raw: String?) -> [String] {
    guard let text = PortalText.line(raw) else { return [] }
    let heading = "Tên thủ tục"
    guard text.contains(heading) else {
      return CommaLists.splitOutsideBrackets(text).compactMap { PortalText.line($0) }
    }
    // The mobile rows carry one name each: "<n>Tên thủ tục<name>".
    var names: [String] = []
    for part in text.split(separator: "#") {
      let row = Substring(part)
      guard let range = row.range(of: heading) else { continue }
      let number = row[row.startIndex..<range.lowerBound]
      guard !number.isEmpty, number.allSatisfy(\.isNumber) else { continue }
      if let name = PortalText.line(String(row[range.upperBound...])), !names.contains(name) {
        names.append(name)
      }
    }
    if !names.isEmpty { return names }
    let desktop = text.replacingOccurrences(of: "#" + heading, with: "")
    return PortalText.line(desktop).map { [$0] } ?? []
  }
}
