import Foundation
import KnowledgeBase

/// How search answers are printed.
enum SearchRendering {
  static func json(_ response: SearchResponse, explain: Bool) -> String {
    var out = "{\"query\": \(jsonString(response.query)), \"results\": ["
    for (index, result) in response.results.enumerated() {
      if index > 0 { out += ", " }
      out += "{\"code\": \(jsonString(result.code)), \"name\": \(jsonString(result.name)), "
      out += "\"score\": \(jsonNumber(result.score)), "
      out += "\"confidence\": \(jsonNumber(result.confidence, digits: 2))"
      if explain, let parts = result.explanation {
        out += ", \"levels\": \(jsonString(result.levels)), \"explain\": \(encode(parts))"
      }
      out += "}"
    }
    out += "]"
    if explain { out += ", \"analysis\": \(encode(response.analysis))" }
    out += "}\n"
    return out
  }

  static func text(_ response: SearchResponse, explain: Bool) -> String {
    var out = ""
    let shown = TerminalText.sanitized(response.query)
    if explain { out += describe(response.analysis) }
    guard !response.results.isEmpty else {
      return out + "Không tìm thấy thủ tục phù hợp với “\(shown)”. Hãy thử diễn đạt khác, "
        + "ví dụ: “đăng ký khai sinh”, “cấp lại căn cước”.\n"
    }
    for (index, result) in response.results.enumerated() {
      out += "\(index + 1). \(result.code)  \(TerminalText.sanitized(result.name))"
      if !result.levels.isEmpty { out += "  (\(result.levels))" }
      out += String(format: "  — độ tin cậy %.2f\n", result.confidence)
      if explain, let parts = result.explanation {
        out += String(
          format:
            "     điểm %.3f = tên %.2f, cặp từ %.2f, dấu %.2f, thừa trong tên %.2f, "
            + "toàn văn %.2f, cấp %.1f, tuổi %.0f, cá nhân %.0f, nước ngoài %.0f, cấp lại %.0f, "
            + "chấm dứt %.0f, trực tuyến %.0f, loại trừ %.0f\n",
          result.score, parts.nameCoverage, parts.pairHits, parts.accentMatch,
          parts.unexplainedName, parts.fullText, parts.levelPrior, parts.ageFit,
          parts.individualPrior, parts.foreignerPrior, parts.reissuePrior, parts.endingPrior,
          parts.onlinePrior, parts.ruledOut)
        out += "     từ khớp trong tên: \(parts.matchedNameWords.joined(separator: " "))\n"
      }
    }
    return out
  }

  private static func describe(_ analysis: QueryAnalysis) -> String {
    var out = "Câu hỏi chuẩn hoá: \(TerminalText.sanitized(analysis.normalized))"
    if analysis.isEnglish { out += "  [tiếng Anh]" }
    if analysis.truncated { out += "  [chỉ dùng \(QueryAnalysis.maximumWords) từ đầu]" }
    out += "\n"
    for slot in analysis.slots {
      let alternatives = slot.alternatives.map { ($0.accented ?? $0.folded) }
      var line = "  · \(TerminalText.sanitized(slot.typed))"
      if slot.repair != nil || alternatives != [slot.typed] {
        line += " → \(alternatives.joined(separator: " | "))"
      }
      if let repair = slot.repair { line += " (sửa: \(repair))" }
      line += String(format: "  trọng số %.2f", slot.weight)
      if slot.isStopword { line += " (từ hội thoại)" }
      out += line + "\n"
    }
    for expansion in analysis.expansions {
      let phrases = expansion.phrases.map { $0.joined(separator: " ") }.joined(separator: "; ")
      out += "  + mở rộng (\(expansion.source)) từ \(expansion.range): \(phrases)\n"
    }
    return out
  }

  private static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
