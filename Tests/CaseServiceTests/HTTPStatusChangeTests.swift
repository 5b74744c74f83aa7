import CaseService
import Foundation
import Testing

@Suite struct HTTPStatusChangeTests {
  private func patch(
    _ service: HTTPTestService, _ dossier: String, _ body: [String: Any],
    token: String? = HTTPTestService.staffToken
  ) async throws -> HTTPTestService.Answer {
    try await service.send(
      .PATCH, "/v1/cases/\(dossier)/status", token: token, body: HTTPTestService.encode(body))
  }

  @Test func staffMovesADossierAlongAllowedSteps() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      let accepted = try await patch(service, dossier, ["status": "duoc_tiep_nhan"])
      #expect(accepted.status == 200)
      #expect(try accepted.json()["status"] as? String == "duoc_tiep_nhan")
      let processing = try await patch(
        service, dossier, ["status": "dang_xu_ly", "note": "Chuyển phòng Tư pháp"])
      #expect(processing.status == 200)
      let history = try #require(try processing.json()["history"] as? [[String: Any]])
      #expect(
        history.compactMap { $0["status"] as? String } == [
          "moi_dang_ky", "duoc_tiep_nhan", "dang_xu_ly",
        ])
      #expect(history.last?["note"] as? String == "Chuyển phòng Tư pháp")
      // The kiosk sees the new status.
      let seen = try await service.send(
        .GET, "/v1/cases/\(dossier)?id_number=\(HTTPTestService.idNumber)",
        token: HTTPTestService.kioskToken)
      #expect(try seen.json()["status_label"] as? String == "Đang xử lý")
    }
  }

  @Test func aMoveNotAllowedIs409NamingTheCurrentStatus() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      let answer = try await patch(service, dossier, ["status": "da_tra_ket_qua"])
      #expect(answer.status == 409)
      #expect(answer.isProblem)
      let problem = try answer.json()
      #expect(problem["current_status"] as? String == "moi_dang_ky")
      #expect((problem["detail"] as? String)?.contains("moi_dang_ky") == true)
    }
  }

  @Test func kiosksCannotChangeStatuses() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      let answer = try await patch(
        service, dossier, ["status": "duoc_tiep_nhan"], token: HTTPTestService.kioskToken)
      #expect(answer.status == 403)
      #expect(answer.isProblem)
      let none = try await patch(service, dossier, ["status": "duoc_tiep_nhan"], token: nil)
      #expect(none.status == 401)
    }
  }

  @Test func unknownDossiersAre404AndBadBodies400Or422() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      #expect(
        try await patch(service, "HCM-260105-0042", ["status": "duoc_tiep_nhan"]).status
          == 404)
      #expect(try await patch(service, "nonsense", ["status": "duoc_tiep_nhan"]).status == 404)
      #expect(try await patch(service, dossier, ["status": "finished"]).status == 400)
      #expect(try await patch(service, dossier, ["status": 3]).status == 400)
      #expect(try await patch(service, dossier, [:]).status == 400)
      #expect(
        try await patch(service, dossier, ["status": "duoc_tiep_nhan", "by": "me"]).status == 400)
      let long = try await patch(
        service, dossier,
        ["status": "duoc_tiep_nhan", "note": String(repeating: "a", count: 501)])
      #expect(long.status == 422)
      #expect(long.isProblem)
    }
  }
}
