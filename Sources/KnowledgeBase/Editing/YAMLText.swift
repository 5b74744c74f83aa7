import Yams

/// How YAML problems are told to editors, shared by every reader of editors' YAML files
/// (knowledge base, intents).
public enum YAMLText {
  /// The 1-based line a parse error points at; 0 when unknown.
  public static func line(of error: YamlError) -> Int {
    switch error {
    case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _),
      .composer(let context, _, let mark, _):
      return context?.mark.line ?? mark.line
    case .duplicatedKeysInMapping(_, let context):
      return context.mark.line
    default:
      return 0
    }
  }

  /// The parser's problem, in Vietnamese where ours.
  public static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
      .composer(let context, let problem, _, _):
      return (context.map { "\($0.text) " } ?? "") + problem
    case .duplicatedKeysInMapping(let duplicates, _):
      return "khóa lặp lại \(duplicates.joined(separator: ", "))"
    case .reader(let problem, _, _, _):
      return problem
    default:
      return "\(error)"
    }
  }

  /// What a node is, in words: "văn bản", "danh sách"…
  public static func kind(of node: Node) -> String {
    switch node {
    case .scalar: return "văn bản"
    case .mapping: return "bảng khóa: giá trị"
    case .sequence: return "danh sách"
    case .alias: return "bí danh"
    }
  }
}
