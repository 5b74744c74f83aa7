import CaseService
import Foundation
import Testing

@Suite struct HTTPPrivacyTests {
  static let personal = [
    HTTPTestService.idNumber, HTTPTestService.phone, HTTPTestService.fullName, "Nguyễn",
    HTTPTestService.email, "079 190 012 345", "0903 123 456",
  ]

  @Test func noPersonalDataInAnswersOrLogLines() async throws {
    try await HTTPTestService.with { service in
      var answers: [HTTPTestService.Answer] = []
      let dossier = try await service.createCase()
      answers.append(try await service.submit(key: "k"))
      answers.append(try await service.submit(key: "k"))
      var broken = HTTPTestService.submission()
      broken["applicant"] = [
        "full_name": HTTPTestService.fullName, "id_number": "079 190 012 345",
        "phone": "0903 123 456x", "email": HTTPTestService.email,
      ]
      answers.append(try await service.submit(broken))
      broken["kiosk_id"] = "kiosk-02"
      answers.append(try await service.submit(broken))
      broken["note"] = HTTPTestService.fullName
      answers.append(try await service.submit(broken))
      var typed = HTTPTestService.submission()
      typed["applicant"] = [
        "full_name": 7, "id_number": ["079190012345"], "phone": true,
      ]
      answers.append(try await service.submit(typed))
      let invalidStatus = ["status": HTTPTestService.idNumber]
      answers.append(
        try await service.send(
          .PATCH, "/v1/cases/\(dossier)/status", token: HTTPTestService.staffToken,
          body: HTTPTestService.encode(invalidStatus)))
      answers.append(
        try await service.send(
          .GET, "/v1/cases/\(dossier)?id_number=079190012345", token: HTTPTestService.kioskToken))
      answers.append(
        try await service.send(
          .GET, "/v1/cases/079190012345?id_number=079190012345",
          token: HTTPTestService.kioskToken))
      answers.append(
        try await service.send(.GET, "/x/079190012345/0903123456?name=Nguy%E1%BB%85n"))
      let byKey = [HTTPTestService.idNumber: "1"]
      answers.append(
        try await service.submit(
          HTTPTestService.submission().merging(byKey) { $1 }))
      answers.append(
        try await service.send(.GET, "/metrics", token: HTTPTestService.staffToken))
      for answer in answers {
        for value in Self.personal {
          #expect(!answer.text.contains(value), "\(value) in \(answer.text)")
        }
      }
      let lines = service.log.lines
      #expect(!lines.isEmpty)
      for line in lines {
        for value in Self.personal + [HTTPTestService.kioskToken, HTTPTestService.staffToken] {
          #expect(!line.contains(value), "\(value) in \(line)")
        }
      }
    }
  }

  @Test func oneLogLinePerRequestWithTheRoutePattern() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      _ = try await service.send(
        .GET, "/v1/cases/\(dossier)?id_number=079190012345", token: HTTPTestService.kioskToken)
      let lines = service.log.lines.filter { $0.hasPrefix("info ") && $0.contains(" ms ") }
      #expect(lines.count == 2)
      #expect(lines.first?.hasPrefix("info POST /v1/cases 201 ") == true)
      #expect(lines.last?.hasPrefix("info GET /v1/cases/{dossier} 200 ") == true)
      #expect(!lines.contains { $0.contains(dossier) || $0.contains("id_number") })
    }
  }
}
