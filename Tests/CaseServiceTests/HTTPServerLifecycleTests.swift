import AsyncHTTPClient
import CaseService
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@Suite struct HTTPServerLifecycleTests {
  @Test func healthzIs503WhenTheStoreDoesNotAnswer() async throws {
    try await HTTPTestService.with { service in
      service.store.setFailCounts(true)
      let answer = try await service.send(.GET, "/healthz")
      #expect(answer.status == 503)
      #expect(answer.isProblem)
      let metrics = try await service.send(.GET, "/metrics", token: HTTPTestService.staffToken)
      #expect(metrics.status == 200)
      #expect(!metrics.text.contains("troly_cases_stored"))
    }
  }

  @Test func aChunkedBodyOverTheLimitIs413() async throws {
    try await HTTPTestService.with(maximumBodyBytes: 1024) { service in
      var request = HTTPClientRequest(url: service.baseURL + "/v1/cases")
      request.method = .POST
      request.headers.add(name: "Authorization", value: "Bearer \(HTTPTestService.kioskToken)")
      request.headers.add(name: "Idempotency-Key", value: "chunked")
      request.headers.add(name: "Content-Type", value: "application/json")
      let chunks = (0..<64).map { _ in ByteBuffer(repeating: UInt8(ascii: " "), count: 256) }
      request.body = .stream(chunks.async, length: .unknown)
      let response = try await service.client.execute(request, timeout: .seconds(30))
      #expect(response.status.code == 413)
      #expect(response.headers.first(name: "content-type") == "application/problem+json")
    }
  }

  @Test func malformedHTTPDoesNotStopTheService() async throws {
    try await HTTPTestService.with { service in
      for raw in [
        "GARBAGE\r\n\r\n", "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 20_000)
          + "\r\n\r\n",
        "POST /v1/cases HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
      ] {
        let reply = try RawHTTP.exchange(port: service.server.port, Array(raw.utf8))
        #expect(reply.isEmpty || reply.hasPrefix("HTTP/1.1 4"), "\(reply.prefix(40))")
      }
      #expect(try await service.send(.GET, "/healthz").status == 200)
    }
  }

  @Test func startAndStopInProcess() async throws {
    let service = try await HTTPTestService.start()
    let port = service.server.port
    #expect(port > 0)
    #expect(service.server.baseURL == "http://127.0.0.1:\(port)")
    #expect(try await service.send(.GET, "/healthz").status == 200)
    try await service.stop()
    #expect(throws: (any Error).self) {
      try RawHTTP.exchange(port: port, Array("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
    }
  }
}

extension Array where Element == ByteBuffer {
  var async: AsyncStream<ByteBuffer> {
    AsyncStream { continuation in
      for buffer in self { continuation.yield(buffer) }
      continuation.finish()
    }
  }
}

/// A blocking exchange over a plain socket, for requests no HTTP client would send.
enum RawHTTP {
  struct Failed: Error { var step: String }

  static func exchange(port: Int, _ bytes: [UInt8]) throws -> String {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw Failed(step: "socket") }
    defer { close(descriptor) }
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(
      descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw Failed(step: "connect") }
    _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var reply: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count <= 0 { break }
      reply.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: reply, as: UTF8.self)
  }
}
