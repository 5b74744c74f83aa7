import AsyncHTTPClient
import CaseModel
import CaseService
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// A case service on a free loopback port, with the real SQLite store on a temp file, three tokens
/// (kiosk-01, kiosk-02, staff), a fixed clock and a log that keeps every line for inspection.
final class HTTPTestService: Sendable {
  static let kioskToken = "kiosk-one-token-0123456789abcdef"
  static let otherKioskToken = "kiosk-two-token-0123456789abcdef"
  static let staffToken = "staff-token-0123456789abcdef0123"
  static let procedures: Set<String> = ["1.001193", "2.000488", "1.000001"]
  /// 2026-01-05 09:00 in Ho Chi Minh City.
  static let now = Date(timeIntervalSince1970: 1_767_578_400)

  let server: RunningCaseServer
  let store: HTTPFaultyStore
  let log: CapturedLog
  let client: HTTPClient
  let folder: URL
  let baseURL: String

  private init(
    server: RunningCaseServer, store: HTTPFaultyStore, log: CapturedLog, client: HTTPClient,
    folder: URL
  ) {
    self.server = server
    self.store = store
    self.log = log
    self.client = client
    self.folder = folder
    self.baseURL = server.baseURL
  }

  static func start(maximumBodyBytes: Int = 16 * 1024) async throws -> HTTPTestService {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "troly-http-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = HTTPFaultyStore(
      try SQLiteCaseStore(path: folder.appendingPathComponent("cases.sqlite").path))
    let tokens = try TokenTable.parse(
      """
      # test tokens
      kiosk \(kioskToken) kiosk-01
      kiosk \(otherKioskToken) kiosk-02
      staff \(staffToken)
      """, path: "tokens")
    let log = CapturedLog()
    var logger = Logger(label: "troly.cases.test") { _ in CapturingLogHandler(log: log) }
    logger.logLevel = .trace
    let procedures = Self.procedures
    let service = CaseServer(
      store: store, procedureExists: { procedures.contains($0) }, tokens: tokens,
      configuration: .init(host: "127.0.0.1", port: 0, maximumBodyBytes: maximumBodyBytes),
      logger: logger, clock: { now })
    let server = try await service.start()
    return HTTPTestService(
      server: server, store: store, log: log,
      client: HTTPClient(eventLoopGroupProvider: .singleton),
      folder: folder)
  }

  func stop() async throws {
    try await client.shutdown()
    await server.stop()
    await store.close()
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs `body` against a fresh service and stops it afterwards, even when `body` throws.
  static func with<T>(
    maximumBodyBytes: Int = 16 * 1024, _ body: (HTTPTestService) async throws -> T
  ) async throws -> T {
    let service = try await start(maximumBodyBytes: maximumBodyBytes)
    do {
      let result = try await body(service)
      try await service.stop()
      return result
    } catch {
      try await service.stop()
      throw error
    }
  }

  struct Answer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
    var contentType: String? { headers.first(name: "content-type") }

    func json() throws -> [String: Any] {
      guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
      else { throw CocoaError(.coderReadCorrupt) }
      return object
    }

    var isProblem: Bool {
      guard contentType == "application/problem+json", let object = try? json() else {
        return false
      }
      return object["status"] as? Int == status
        && (object["type"] as? String)?.hasPrefix(
          "https://troly.vn/problems/") == true
        && object["title"] is String
        && object["detail"] is String
    }
  }

  func send(
    _ method: HTTPMethod, _ path: String, token: String? = nil, key: String? = nil,
    headers: [(String, String)] = [], body: [UInt8]? = nil
  ) async throws -> Answer {
    var request = HTTPClientRequest(url: baseURL + path)
    request.method = method
    if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
    if let key { request.headers.add(name: "Idempotency-Key", value: key) }
    for (name, value) in headers { request.headers.add(name: name, value: value) }
    if let body {
      if !headers.contains(where: { $0.0.lowercased() == "content-type" }) {
        request.headers.add(name: "Content-Type", value: "application/json")
      }
      request.body = .bytes(body)
    }
    let response = try await client.execute(request, timeout: .seconds(30))
    let buffer = try await response.body.collect(upTo: 1 << 20)
    return Answer(
      status: Int(response.status.code), headers: response.headers,
      body: Array(buffer.readableBytesView))
  }

  func submit(
    _ submission: [String: Any] = HTTPTestService.submission(), token: String? = kioskToken,
    key: String? = UUID().uuidString
  ) async throws -> Answer {
    try await send(.POST, "/v1/cases", token: token, key: key, body: Self.encode(submission))
  }

  static func encode(_ object: Any) -> [UInt8] {
    Array((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data())
  }

  static let fullName = "Nguyễn Thị Minh Khai"
  static let idNumber = "079190012345"
  static let phone = "0903123456"
  static let email = "minhkhai@example.vn"

  /// A valid submission as JSON, from kiosk-01.
  static func submission(
    procedure: String = "1.001193", idNumber: String = idNumber, kiosk: String = "kiosk-01",
    consent: Bool = true
  ) -> [String: Any] {
    [
      "procedure_code": procedure,
      "applicant": [
        "full_name": fullName, "id_number": idNumber, "phone": phone, "email": email,
      ],
      "checklist": ["had": ["Tờ khai"], "missing": ["Ảnh 4x6"]],
      "consent": ["given": consent, "given_at": "2026-01-05T08:59:00+07:00"],
      "kiosk_id": kiosk,
    ]
  }

  /// Creates a case and returns its dossier number.
  func createCase(idNumber: String = HTTPTestService.idNumber) async throws -> String {
    let answer = try await submit(Self.submission(idNumber: idNumber))
    guard answer.status == 201, let dossier = try answer.json()["dossier"] as? String else {
      throw CocoaError(.coderInvalidValue)
    }
    return dossier
  }
}

/// Log lines kept in memory.
final class CapturedLog: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String] = []

  func append(_ line: String) { lock.withLock { stored.append(line) } }
  var lines: [String] { lock.withLock { stored } }
}

struct CapturingLogHandler: LogHandler {
  let log: CapturedLog
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .trace

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let all = metadata.merging(event.metadata ?? [:]) { $1 }
    let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let error = event.error.map { " error=\($0)" } ?? ""
    log.append("\(event.level) \(event.message) \(fields.joined(separator: " "))\(error)")
  }
}
