import CaseService
import Foundation
import Testing

@Suite struct HTTPLookupTests {
  @Test func aKioskReadsWithTheIDNumber() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      for given in ["079190012345", "079%20190%20012%20345", "079.190.012.345", "079+190+012+345"] {
        let answer = try await service.send(
          .GET, "/v1/cases/\(dossier)?id_number=\(given)", token: HTTPTestService.kioskToken)
        #expect(answer.status == 200, "\(given)")
        let view = try answer.json()
        #expect(view["dossier"] as? String == dossier)
        #expect(view["status"] as? String == "moi_dang_ky")
        #expect((view["history"] as? [[String: Any]])?.count == 1)
        #expect(!answer.text.contains("079190012345"))
        #expect(!answer.text.contains(HTTPTestService.fullName))
      }
      // Another kiosk may read too, with the ID number (the citizen may ask anywhere).
      let other = try await service.send(
        .GET, "/v1/cases/\(dossier)?id_number=079190012345",
        token: HTTPTestService.otherKioskToken)
      #expect(other.status == 200)
      // The unit is read in any case.
      let lower = try await service.send(
        .GET, "/v1/cases/\(dossier.lowercased())?id_number=079190012345",
        token: HTTPTestService.kioskToken)
      #expect(lower.status == 200)
    }
  }

  @Test func aKioskWithoutTheIDNumberIs400() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      let answer = try await service.send(
        .GET, "/v1/cases/\(dossier)", token: HTTPTestService.kioskToken)
      #expect(answer.status == 400)
      #expect(answer.isProblem)
      let repeated = try await service.send(
        .GET, "/v1/cases/\(dossier)?id_number=079190012345&id_number=079190012345",
        token: HTTPTestService.kioskToken)
      #expect(repeated.status == 400)
    }
  }

  @Test func wrongIDNumbersUnknownAndMalformedDossiersAreAll404Alike() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      let paths = [
        "/v1/cases/\(dossier)?id_number=079190012346",
        "/v1/cases/\(dossier)?id_number=",
        "/v1/cases/\(dossier)?id_number=abc",
        "/v1/cases/HCM-260105-0999?id_number=079190012345",
        "/v1/cases/HCM-260105?id_number=079190012345",
        "/v1/cases/%3Cscript%3Ealert(1)%3C%2Fscript%3E?id_number=079190012345",
        "/v1/cases/..%2F..%2Fhealthz?id_number=079190012345",
        "/v1/cases/%ZZ?id_number=079190012345",
      ]
      var bodies: Set<[UInt8]> = []
      for path in paths {
        let answer = try await service.send(.GET, path, token: HTTPTestService.kioskToken)
        #expect(answer.status == 404, "\(path)")
        #expect(answer.isProblem)
        #expect(!answer.text.contains("script"))
        #expect(!answer.text.contains("HCM-260105"))
        bodies.insert(answer.body)
      }
      #expect(bodies.count == 1)
    }
  }

  @Test func staffReadsWithoutTheIDNumberButAWrongOneIsStill404() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      let answer = try await service.send(
        .GET, "/v1/cases/\(dossier)", token: HTTPTestService.staffToken)
      #expect(answer.status == 200)
      let wrong = try await service.send(
        .GET, "/v1/cases/\(dossier)?id_number=079190012346", token: HTTPTestService.staffToken)
      #expect(wrong.status == 404)
    }
  }

  @Test func readingNeedsAToken() async throws {
    try await HTTPTestService.with { service in
      let dossier = try await service.createCase()
      let answer = try await service.send(.GET, "/v1/cases/\(dossier)?id_number=079190012345")
      #expect(answer.status == 401)
      #expect(answer.isProblem)
    }
  }
}
