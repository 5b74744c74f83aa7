import CaseService
import Foundation
import Testing

@Suite struct HTTPSubmitTests {
  @Test func aValidSubmissionIsCreatedWithItsDossierNumber() async throws {
    try await HTTPTestService.with { service in
      let answer = try await service.submit()
      #expect(answer.status == 201)
      #expect(answer.contentType == "application/json")
      let receipt = try answer.json()
      #expect(receipt["dossier"] as? String == "HCM-260105-0001")
      #expect(receipt["status"] as? String == "moi_dang_ky")
      #expect(receipt["status_label"] as? String == "Mới đăng ký")
      #expect(receipt["procedure_code"] as? String == "1.001193")
      #expect(receipt["submitted_at"] as? String == "2026-01-05T09:00:00+07:00")
      #expect(Set(receipt.keys).count == 5)
      #expect(answer.headers.first(name: "location") == "/v1/cases/HCM-260105-0001")
      #expect(try await service.store.count() == 1)
    }
  }

  @Test func checksRunInOrderTokenThenKeyThenBody() async throws {
    try await HTTPTestService.with { service in
      let noTokenNoKey = try await service.send(.POST, "/v1/cases", body: Array("{".utf8))
      #expect(noTokenNoKey.status == 401)
      #expect(noTokenNoKey.isProblem)
      #expect(noTokenNoKey.headers.first(name: "www-authenticate")?.hasPrefix("Bearer") == true)

      let tokenNoKey = try await service.send(
        .POST, "/v1/cases", token: HTTPTestService.kioskToken, body: Array("{".utf8))
      #expect(tokenNoKey.status == 400)
      #expect(
        try tokenNoKey.json()["type"] as? String
          == "https://troly.vn/problems/invalid-idempotency-key")

      let badBody = try await service.send(
        .POST, "/v1/cases", token: HTTPTestService.kioskToken, key: "k1", body: Array("{".utf8))
      #expect(badBody.status == 400)
      #expect(try badBody.json()["type"] as? String == "https://troly.vn/problems/invalid-body")

      var invalid = HTTPTestService.submission(procedure: "9.999999", consent: false)
      invalid["kiosk_id"] = "kiosk-02"
      let otherKiosk = try await service.submit(invalid)
      #expect(otherKiosk.status == 403)
      #expect(otherKiosk.isProblem)
    }
  }

  @Test func wrongTokensAre401() async throws {
    try await HTTPTestService.with { service in
      for header in [
        "Bearer nope-nope-nope-nope", "Basic abc", "Bearer", "bearer  ",
        "Bearer \(HTTPTestService.kioskToken)x", "Bearer \(HTTPTestService.kioskToken) extra",
      ] {
        let answer = try await service.send(
          .POST, "/v1/cases", key: "k", headers: [("Authorization", header)],
          body: HTTPTestService.encode(HTTPTestService.submission()))
        #expect(answer.status == 401, "\(header)")
        #expect(answer.isProblem)
        #expect(answer.headers.first(name: "www-authenticate")?.hasPrefix("Bearer") == true)
        #expect(!answer.text.contains(HTTPTestService.kioskToken))
      }
      // Scheme names are case-insensitive.
      let lower = try await service.send(
        .POST, "/v1/cases", key: "lower",
        headers: [("Authorization", "bearer \(HTTPTestService.kioskToken)")],
        body: HTTPTestService.encode(HTTPTestService.submission()))
      #expect(lower.status == 201)
    }
  }

  @Test(arguments: [
    "", String(repeating: "k", count: 256), "has space", "tab\there", "ünïcode",
  ])
  func badIdempotencyKeysAre400(_ key: String) async throws {
    try await HTTPTestService.with { service in
      var headers: [(String, String)] = []
      if let data = key.data(using: .isoLatin1) ?? key.data(using: .utf8) {
        headers = [("Idempotency-Key", String(decoding: data, as: UTF8.self))]
      }
      let answer = try await service.send(
        .POST, "/v1/cases", token: HTTPTestService.kioskToken, headers: headers,
        body: HTTPTestService.encode(HTTPTestService.submission()))
      #expect(answer.status == 400)
      #expect(answer.isProblem)
      #expect(try await service.store.count() == 0)
    }
  }

  @Test func aKeyOf255PrintableCharactersIsAccepted() async throws {
    try await HTTPTestService.with { service in
      let answer = try await service.submit(key: String(repeating: "~", count: 255))
      #expect(answer.status == 201)
    }
  }

  @Test func replayReturnsTheSameBytesAndMismatchIs422() async throws {
    try await HTTPTestService.with { service in
      let first = try await service.submit(key: "same-key")
      #expect(first.status == 201)
      // Same body, other formatting and key order: still the same request.
      let text = String(
        decoding: HTTPTestService.encode(HTTPTestService.submission()), as: UTF8.self)
      let spaced = Array(text.replacingOccurrences(of: ",", with: " ,\n ").utf8)
      let again = try await service.send(
        .POST, "/v1/cases", token: HTTPTestService.kioskToken, key: "same-key", body: spaced)
      #expect(again.status == 201)
      #expect(again.body == first.body)
      #expect(again.headers.first(name: "idempotent-replayed") == "true")
      #expect(again.headers.first(name: "location") == first.headers.first(name: "location"))

      let other = try await service.submit(
        HTTPTestService.submission(procedure: "2.000488"), key: "same-key")
      #expect(other.status == 422)
      #expect(
        try other.json()["type"] as? String
          == "https://troly.vn/problems/idempotency-key-reused")
      #expect(try await service.store.count() == 1)

      // Keys belong to their kiosk: kiosk-02 may use the same key for its own case.
      let otherKiosk = try await service.submit(
        HTTPTestService.submission(kiosk: "kiosk-02"), token: HTTPTestService.otherKioskToken,
        key: "same-key")
      #expect(otherKiosk.status == 201)
      #expect(otherKiosk.body != first.body)
    }
  }

  @Test func concurrentRequestsWithOneKeyCreateOneCase() async throws {
    try await HTTPTestService.with { service in
      let answers = try await withThrowingTaskGroup(of: HTTPTestService.Answer.self) { group in
        for _ in 0..<12 {
          group.addTask { try await service.submit(key: "raced") }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      let created = answers.filter { $0.status == 201 }
      #expect(!created.isEmpty)
      #expect(Set(created.map(\.body)).count == 1)
      #expect(created.filter { $0.headers.first(name: "idempotent-replayed") == nil }.count == 1)
      for answer in answers where answer.status != 201 {
        #expect(answer.status == 409)
        #expect(answer.isProblem)
      }
      #expect(try await service.store.count() == 1)
    }
  }

  @Test func manyKeysGiveDistinctDossiers() async throws {
    try await HTTPTestService.with { service in
      let dossiers = try await withThrowingTaskGroup(of: String.self) { group in
        for _ in 0..<20 {
          group.addTask { try await service.createCase() }
        }
        return try await group.reduce(into: Set<String>()) { $0.insert($1) }
      }
      #expect(dossiers.count == 20)
    }
  }

  @Test func semanticProblemsAre422AndAllListed() async throws {
    try await HTTPTestService.with { service in
      var submission = HTTPTestService.submission(procedure: "9.999999", consent: false)
      submission["applicant"] = [
        "full_name": "R2D2", "id_number": "999190012345", "phone": "12345", "email": "x@",
      ]
      let answer = try await service.submit(submission)
      #expect(answer.status == 422)
      #expect(answer.isProblem)
      let errors = try #require(try answer.json()["errors"] as? [[String: Any]])
      #expect(
        errors.compactMap { $0["code"] as? String } == [
          "procedure_unknown", "name_has_digits", "id_number_province", "phone_format",
          "email_format", "consent_missing",
        ])
      #expect(
        errors.compactMap { $0["pointer"] as? String } == [
          "/procedure_code", "/applicant/full_name", "/applicant/id_number", "/applicant/phone",
          "/applicant/email", "/consent/given",
        ])
      for value in ["R2D2", "999190012345", "12345", "9.999999"] {
        #expect(!answer.text.contains(value))
      }
      #expect(try await service.store.count() == 0)
    }
  }

  @Test func unknownProcedureAloneIs422() async throws {
    try await HTTPTestService.with { service in
      for code in ["9.999999", "../../etc", "", String(repeating: "1", count: 41)] {
        let answer = try await service.submit(HTTPTestService.submission(procedure: code))
        #expect(answer.status == 422)
        #expect(try answer.json()["detail"] as? String == "procedure_code is not in the catalogue")
      }
    }
  }

  @Test func shapeProblemsAre400WithoutValues() async throws {
    try await HTTPTestService.with { service in
      var wrongType = HTTPTestService.submission()
      wrongType["applicant"] = [
        "full_name": HTTPTestService.fullName, "id_number": 79_190_012_345,
        "phone": HTTPTestService.phone,
      ]
      var unknownField = HTTPTestService.submission()
      unknownField["extra"] = "079190012345"
      var missing = HTTPTestService.submission()
      missing["consent"] = nil
      var badDate = HTTPTestService.submission()
      badDate["consent"] = ["given": true, "given_at": "079190012345"]
      var nullName = HTTPTestService.submission()
      nullName["applicant"] = [
        "full_name": NSNull(), "id_number": HTTPTestService.idNumber,
        "phone": HTTPTestService.phone,
      ]
      let cases: [([UInt8], String)] = [
        (HTTPTestService.encode(wrongType), "/applicant/id_number"),
        (HTTPTestService.encode(unknownField), "/extra"),
        (HTTPTestService.encode(missing), "/consent"),
        (HTTPTestService.encode(badDate), "/consent/given_at"),
        (HTTPTestService.encode(nullName), "/applicant/full_name"),
        (Array("[1,2]".utf8), ""),
        (Array("\"text\"".utf8), ""),
        (Array("{\"procedure_code\": ".utf8), ""),
        (Array([0xFF, 0xFE, 0x00]), ""),
        ([], ""),
      ]
      for (body, pointer) in cases {
        let answer = try await service.send(
          .POST, "/v1/cases", token: HTTPTestService.kioskToken, key: UUID().uuidString,
          body: body)
        #expect(answer.status == 400, "\(pointer)")
        #expect(answer.isProblem)
        if !pointer.isEmpty {
          let errors = try answer.json()["errors"] as? [[String: Any]]
          #expect(errors?.first?["pointer"] as? String == pointer)
        }
        #expect(!answer.text.contains("079190012345"))
        #expect(!answer.text.contains("79190012345"))
      }
    }
  }

  @Test func bodiesOverTheLimitAre413() async throws {
    try await HTTPTestService.with(maximumBodyBytes: 2048) { service in
      var submission = HTTPTestService.submission()
      submission["checklist"] = ["had": Array(repeating: "Giấy tờ", count: 400), "missing": []]
      let answer = try await service.submit(submission)
      #expect(answer.status == 413)
      #expect(answer.isProblem)
    }
  }

  @Test func nonJSONBodiesAre415() async throws {
    try await HTTPTestService.with { service in
      let answer = try await service.send(
        .POST, "/v1/cases", token: HTTPTestService.kioskToken, key: "k",
        headers: [("Content-Type", "text/plain")],
        body: HTTPTestService.encode(HTTPTestService.submission()))
      #expect(answer.status == 415)
      #expect(answer.isProblem)
    }
  }

  @Test func aStoreFailureReleasesTheKeyAndIs503() async throws {
    try await HTTPTestService.with { service in
      service.store.setFailCreates(true)
      let failed = try await service.submit(key: "retry-me")
      #expect(failed.status == 503)
      #expect(failed.isProblem)
      #expect(failed.headers.first(name: "retry-after") == "1")
      service.store.setFailCreates(false)
      let retried = try await service.submit(key: "retry-me")
      #expect(retried.status == 201)
    }
  }

  @Test func staffMaySubmitForAnyKiosk() async throws {
    try await HTTPTestService.with { service in
      let answer = try await service.submit(
        HTTPTestService.submission(kiosk: "quay-3"), token: HTTPTestService.staffToken)
      #expect(answer.status == 201)
    }
  }
}
