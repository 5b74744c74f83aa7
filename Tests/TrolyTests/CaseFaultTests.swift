import CaseModel
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Nothing lost, nothing twice: a kiosk process submits N cases through its outbox while it is
/// killed with SIGKILL at random points, and the case service is killed (SIGKILL) or stopped
/// (SIGTERM) and restarted. At the end every case is in the service exactly once, and every
/// dossier number the kiosk was given is in the service's store (a 201 survived its SIGKILL).
/// N is TROLY_FAULT_CASES (default 40; `scripts/fault-test 500` for a long run).
@Suite(.serialized) struct CaseFaultTests {
  static let kioskToken = "fault-kiosk-token-0123456789"
  static let staffToken = "fault-staff-token-0123456789"

  @Test func everyCaseArrivesExactlyOnce() throws {
    let cases = Int(ProcessInfo.processInfo.environment["TROLY_FAULT_CASES"] ?? "") ?? 40
    let sandbox = try Sandbox()
    #expect(try sandbox.run(["index", "build"]).status == 0)
    try sandbox.write(
      "tokens", "kiosk \(Self.kioskToken) kiosk-fault\nstaff \(Self.staffToken)\n")
    let port = try Self.freePort()
    let serviceArguments = [
      "cases", "serve", "--db", "var/cases.sqlite", "--port", String(port), "--tokens", "tokens",
    ]
    let kioskArguments = [
      "outbox", "simulate", "--cases", String(cases), "--case-service",
      "http://127.0.0.1:\(port)", "--case-token", Self.kioskToken, "--kiosk-id", "kiosk-fault",
      "--outbox", "var/outbox.sqlite", "--deadline", "300",
    ]
    var seed = UInt64.random(in: 0...UInt64.max)
    if let given = ProcessInfo.processInfo.environment["TROLY_FAULT_SEED"],
      let value = UInt64(given)
    {
      seed = value
    }
    print("fault test: \(cases) cases, seed \(seed) (TROLY_FAULT_SEED to repeat)")
    var random = SeededRandomNumberGenerator(seed: seed)

    var service = try sandbox.start(serviceArguments)
    try Self.waitForPort(port)
    let rounds = max(8, cases / 20)
    var kills = (kiosk: 0, serviceKilled: 0, serviceStopped: 0)
    // Long enough for the kiosk to start and get some way; short enough to catch it mid-run.
    let longest = UInt32(min(400_000, 30_000 + 1_500 * cases))
    for round in 0..<rounds {
      let kiosk = try sandbox.start(kioskArguments)
      usleep(UInt32.random(in: 5_000...longest, using: &random))
      if kiosk.isRunning {
        kill(kiosk.processIdentifier, SIGKILL)
        kills.kiosk += 1
      }
      kiosk.waitUntilExit()
      if round % 3 == 1 {
        // The service goes away, hard or gracefully, while the kiosk keeps submitting.
        let hard = Bool.random(using: &random)
        kill(service.processIdentifier, hard ? SIGKILL : SIGTERM)
        service.waitUntilExit()
        if hard { kills.serviceKilled += 1 } else { kills.serviceStopped += 1 }
        let orphan = try sandbox.start(kioskArguments)
        usleep(UInt32.random(in: 20_000...200_000, using: &random))
        kill(orphan.processIdentifier, SIGKILL)
        orphan.waitUntilExit()
        service = try sandbox.start(serviceArguments)
        try Self.waitForPort(port)
      }
    }
    // Finally the kiosk runs to the end.
    let last = try sandbox.run(kioskArguments)
    #expect(last.status == 0, "\(last.text)\(last.error)")
    print(
      "fault test: \(rounds) rounds, kiosk SIGKILLed \(kills.kiosk)×, service SIGKILLed "
        + "\(kills.serviceKilled)×, stopped \(kills.serviceStopped)×")
    kill(service.processIdentifier, SIGTERM)
    service.waitUntilExit()

    let store = try DatabaseQueue(
      path: sandbox.root.appendingPathComponent("var/cases.sqlite").path)
    let (total, distinct) = try store.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_record") ?? -1,
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT id_number) FROM case_record") ?? -1
      )
    }
    #expect(total == cases, "cases in the service")
    #expect(distinct == cases, "each case once")
    let dossiers = try store.read { db in
      Set(try String.fetchAll(db, sql: "SELECT dossier FROM case_record"))
    }
    let outbox = try DatabaseQueue(
      path: sandbox.root.appendingPathComponent("var/outbox.sqlite").path)
    let (delivered, pending, given) = try outbox.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox_entry WHERE state = 'delivered'")
          ?? -1,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox_entry WHERE state != 'delivered'")
          ?? -1,
        try String.fetchAll(db, sql: "SELECT dossier FROM outbox_entry WHERE dossier IS NOT NULL")
      )
    }
    #expect(delivered == cases)
    #expect(pending == 0)
    #expect(Set(given) == dossiers, "every dossier number the kiosk got is in the store")
  }

  /// A free port below the ephemeral range (32768–60999 on Linux). A port the kernel hands out
  /// for binding to 0 is an ephemeral one: while the service is down between rounds, another
  /// test's outgoing connection may take it, and the service could not listen on it again.
  static func freePort() throws -> Int {
    for _ in 0..<200 {
      let port = Int.random(in: 20_000..<32_000)
      if onLoopback(port, bind) { return port }
    }
    throw POSIXError(.EADDRINUSE)
  }

  /// Waits until something accepts connections on 127.0.0.1:`port` (at most 30 s).
  static func waitForPort(_ port: Int) throws {
    for _ in 0..<600 {
      if onLoopback(port, connect) { return }
      usleep(50_000)
    }
    throw POSIXError(.ETIMEDOUT)
  }

  /// Whether `call` (bind or connect) succeeds for a new TCP socket and 127.0.0.1:`port`.
  private static func onLoopback(
    _ port: Int, _ call: (Int32, UnsafePointer<sockaddr>, socklen_t) -> Int32
  ) -> Bool {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        call(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }
}

extension Sandbox {
  /// Starts `troly arguments` in the sandbox without waiting; output is thrown away.
  func start(_ arguments: [String]) throws -> Process {
    let process = process(arguments)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}
