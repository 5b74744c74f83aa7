import CaseModel
import CaseService
import Foundation
import NIOHTTP1
import Testing

/// A few hundred random mutations of valid requests (bodies, headers, paths, methods): every
/// answer is 2xx JSON or a 4xx problem, never a 5xx, and none repeats personal data.
@Suite struct HTTPFuzzTests {
  static var oddValues: [Any] {
    [
      NSNull(), 0, -1, 1e308, true, "", " ", String(repeating: "x", count: 3000), "\u{0}",
      "‮evil", "😀", ["nested": ["deeper": [1, 2, 3]]], [String](), ["a", 1, NSNull()],
      "079190012345", "1.001193", "HCM-260105-0001", "2026-13-45T99:99:99Z",
    ]
  }

  static let paths = [
    "/v1/cases", "/v1/cases/HCM-260105-0001", "/v1/cases/HCM-260105-0001/status", "/healthz",
    "/metrics", "/v1/cases/%00", "/v1/cases/..%2f..%2fetc%2fpasswd", "/v1/cases/%E2%80%AE",
    "/v1/cases/HCM-260105-0001/status/extra", "/v1/cases?x=1", "/v1/cases/a%ZZb",
    "/v1/cases/" + String(repeating: "A", count: 2000), "/%2e%2e/healthz", "/v1/./cases",
    "/v1/cases/HCM-260105-0001?id_number=%FF%FE", "/v1/cases/hcm-999999-99999999999999999999",
  ]

  @Test func randomMutationsNeverGive5xx() async throws {
    try await HTTPTestService.with { service in
      var random = SeededRandomNumberGenerator(seed: 20_260_105)
      _ = try await service.createCase()
      var statuses: [Int: Int] = [:]
      var sent = 0
      for round in 0..<400 {
        let request = Self.mutatedRequest(&random)
        let answer: HTTPTestService.Answer
        do {
          answer = try await service.send(
            request.method, request.path, token: request.token, key: request.key,
            headers: request.headers, body: request.body)
        } catch {
          continue  // the client refused to send it (an invalid header, say)
        }
        statuses[answer.status, default: 0] += 1
        sent += 1
        #expect(answer.status < 500, "round \(round): \(request.method) \(request.path)")
        if request.method == .HEAD { continue }
        if answer.status >= 400 {
          #expect(answer.isProblem, "round \(round): \(answer.text)")
        } else {
          #expect(answer.contentType == "application/json" || request.path == "/metrics")
        }
        #expect(!answer.text.contains("079190012345"))
        #expect(!answer.text.contains(HTTPTestService.fullName))
      }
      #expect(sent > 300, "\(statuses)")
      #expect(statuses.keys.contains(201))
      #expect(statuses.keys.contains(400))
      #expect(statuses.keys.contains(422))
      // The service still answers.
      #expect(try await service.send(.GET, "/healthz").status == 200)
    }
  }

  struct FuzzRequest {
    var method: HTTPMethod = .POST
    var path = "/v1/cases"
    var token: String? = HTTPTestService.kioskToken
    var key: String? = UUID().uuidString
    var headers: [(String, String)] = []
    var body: [UInt8]?
  }

  static func mutatedRequest(_ random: inout SeededRandomNumberGenerator) -> FuzzRequest {
    var request = FuzzRequest()
    var submission = HTTPTestService.submission()
    switch Int.random(in: 0..<10, using: &random) {
    case 0..<5:
      mutate(&submission, &random)
      request.body = HTTPTestService.encode(submission)
    case 5:
      var bytes = HTTPTestService.encode(submission)
      for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(
          in: 0...255, using: &random)
      }
      request.body = bytes
    case 6:
      let bytes = HTTPTestService.encode(submission)
      request.body = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
    case 7:
      let depth = Int.random(in: 1...3000, using: &random)
      request.body = Array(
        (String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
    case 8:
      request.method = [.GET, .PATCH, .PUT, .DELETE, .OPTIONS, .HEAD].randomElement(
        using: &random)!
      request.path = paths.randomElement(using: &random)!
      if request.method == .PATCH {
        request.body = HTTPTestService.encode([
          "status": CaseStatus.allCases.randomElement(using: &random)!.rawValue
        ])
      }
    default:
      request.path = paths.randomElement(using: &random)!
      request.method = request.path.hasSuffix("/status") ? .PATCH : .GET
      request.body = request.method == .PATCH ? HTTPTestService.encode(submission) : nil
    }
    switch Int.random(in: 0..<12, using: &random) {
    case 0: request.token = nil
    case 1: request.token = HTTPTestService.staffToken
    case 2: request.token = "not-a-token-at-all-really"
    case 3: request.key = nil
    case 4: request.key = String(repeating: "k", count: Int.random(in: 200...300, using: &random))
    case 5: request.headers = [("Content-Type", "text/plain")]
    case 6: request.headers = [("Content-Length", "99999999")]
    case 7: request.headers = [("Idempotency-Key", "second")]
    default: break
    }
    return request
  }

  static func mutate(_ object: inout [String: Any], _ random: inout SeededRandomNumberGenerator) {
    let keys = ["procedure_code", "applicant", "checklist", "consent", "kiosk_id", "unknown"]
    let key = keys.randomElement(using: &random)!
    switch Int.random(in: 0..<4, using: &random) {
    case 0: object[key] = nil
    case 1: object[key] = oddValues.randomElement(using: &random)!
    case 2:
      if var applicant = object["applicant"] as? [String: Any] {
        let field = ["full_name", "id_number", "phone", "email", "extra"].randomElement(
          using: &random)!
        applicant[field] = oddValues.randomElement(using: &random)!
        object["applicant"] = applicant
      }
    default:
      if var consent = object["consent"] as? [String: Any] {
        consent[["given", "given_at", "by"].randomElement(using: &random)!] =
          oddValues.randomElement(using: &random)!
        object["consent"] = consent
      }
    }
  }
}
