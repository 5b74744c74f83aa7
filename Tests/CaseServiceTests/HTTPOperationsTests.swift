import CaseService
import Foundation
import NIOHTTP1
import Testing

@Suite struct HTTPOperationsTests {
  @Test func healthzIsOpen() async throws {
    try await HTTPTestService.with { service in
      let answer = try await service.send(.GET, "/healthz")
      #expect(answer.status == 200)
      #expect(answer.contentType == "application/json")
      #expect(answer.text == #"{"status":"ok"}"#)
    }
  }

  @Test func metricsNeedStaffAndParse() async throws {
    try await HTTPTestService.with { service in
      _ = try await service.createCase()
      _ = try await service.send(.GET, "/nowhere/079190012345")
      #expect(try await service.send(.GET, "/metrics").status == 401)
      #expect(
        try await service.send(.GET, "/metrics", token: HTTPTestService.kioskToken).status == 403)
      let answer = try await service.send(.GET, "/metrics", token: HTTPTestService.staffToken)
      #expect(answer.status == 200)
      #expect(answer.contentType == "text/plain; version=0.0.4; charset=utf-8")
      let samples = try PrometheusText.parse(answer.text)
      #expect(
        samples[#"troly_http_requests_total{route="/v1/cases",method="POST",status="201"}"#]
          == 1)
      #expect(
        samples[#"troly_http_requests_total{route="unmatched",method="GET",status="404"}"#] == 1)
      #expect(
        samples[#"troly_http_requests_total{route="/metrics",method="GET",status="401"}"#] == 1)
      #expect(samples["troly_cases_created_total"] == 1)
      #expect(samples["troly_cases_stored"] == 1)
      #expect(
        samples[#"troly_http_request_duration_seconds_count{route="/v1/cases"}"#] == 1)
      #expect(
        samples[#"troly_http_request_duration_seconds_bucket{route="/v1/cases",le="+Inf"}"#]
          == 1)
      #expect(!answer.text.contains("079190012345"))
      #expect(!answer.text.contains("nowhere"))
    }
  }

  @Test func unknownRoutesAre404AndWrongMethods405Problems() async throws {
    try await HTTPTestService.with { service in
      for path in ["/", "/v1", "/v2/cases", "/v1/cases/", "/v1//cases", "/healthz/x"] {
        let answer = try await service.send(.GET, path, token: HTTPTestService.staffToken)
        #expect(answer.status == 404, "\(path)")
        #expect(answer.isProblem)
      }
      let wrong: [(HTTPMethod, String, String)] = [
        (.GET, "/v1/cases", "POST"), (.DELETE, "/v1/cases/HCM-260105-0001", "GET"),
        (.POST, "/healthz", "GET"), (.PUT, "/v1/cases/HCM-260105-0001/status", "PATCH"),
        (.POST, "/metrics", "GET"),
      ]
      for (method, path, allowed) in wrong {
        let answer = try await service.send(method, path, token: HTTPTestService.staffToken)
        #expect(answer.status == 405, "\(path)")
        #expect(answer.isProblem)
        #expect(answer.headers.first(name: "allow") == allowed)
      }
    }
  }
}

/// A strict reader of the Prometheus text format 0.0.4: `# HELP`/`# TYPE` lines, and samples
/// `name{labels} value`. Throws on any other line.
enum PrometheusText {
  struct Malformed: Error { var line: String }

  static func parse(_ text: String) throws -> [String: Double] {
    var samples: [String: Double] = [:]
    var types: [String: String] = [:]
    for line in text.split(separator: "\n") {
      if line.hasPrefix("# HELP ") { continue }
      if line.hasPrefix("# TYPE ") {
        let parts = line.split(separator: " ")
        guard parts.count == 4, ["counter", "gauge", "histogram"].contains(parts[3]) else {
          throw Malformed(line: String(line))
        }
        types[String(parts[2])] = String(parts[3])
        continue
      }
      guard let space = line.lastIndex(of: " "),
        let value = Double(line[line.index(after: space)...])
      else { throw Malformed(line: String(line)) }
      let series = String(line[..<space])
      let name = String(series.prefix { $0 != "{" })
      guard name.allSatisfy({ $0.isLetter || $0 == "_" }), !name.isEmpty else {
        throw Malformed(line: String(line))
      }
      let family = ["_bucket", "_sum", "_count"].reduce(name) { name, suffix in
        types[name] == nil && name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
      }
      guard types[family] != nil else { throw Malformed(line: String(line)) }
      if series.contains("{") {
        guard series.hasSuffix("}") else { throw Malformed(line: String(line)) }
        let labels = series.drop { $0 != "{" }.dropFirst().dropLast()
        for label in labels.split(separator: ",") {
          let pair = label.split(separator: "=", maxSplits: 1)
          guard pair.count == 2, pair[1].hasPrefix("\""), pair[1].hasSuffix("\"") else {
            throw Malformed(line: String(line))
          }
        }
      }
      samples[series] = value
    }
    return samples
  }
}
