import Foundation
import PostgresNIO

/// `postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]`, read into
/// a client configuration. Errors say what is wrong without repeating the URL, so a password in
/// it never reaches a log or a terminal.
struct PostgresURL: Sendable, CustomStringConvertible {
  enum TLSMode: String, Sendable {
    case disable, prefer, require
  }

  var user: String
  var password: String?
  var host: String
  var port: Int
  var database: String
  var tls: TLSMode

  static let form = "postgres://user[:password]@host[:port]/database"

  init(_ text: String) throws {
    guard let components = URLComponents(string: text) else {
      throw CaseStoreError.invalidPostgresURL("not a URL; expected \(Self.form)")
    }
    guard let scheme = components.scheme?.lowercased(), ["postgres", "postgresql"].contains(scheme)
    else {
      throw CaseStoreError.invalidPostgresURL(
        "the scheme must be postgres://; expected \(Self.form)")
    }
    guard let user = components.user, !user.isEmpty else {
      throw CaseStoreError.invalidPostgresURL("the user name is missing; expected \(Self.form)")
    }
    guard let host = components.host, !host.isEmpty else {
      throw CaseStoreError.invalidPostgresURL("the host is missing; expected \(Self.form)")
    }
    let port = components.port ?? 5432
    guard (1...65535).contains(port) else {
      throw CaseStoreError.invalidPostgresURL("the port must be 1 to 65535")
    }
    let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : ""
    guard !path.isEmpty, !path.contains("/") else {
      throw CaseStoreError.invalidPostgresURL(
        "the database name is missing after the host; expected \(Self.form)")
    }
    var tls = TLSMode.disable
    for item in components.queryItems ?? [] {
      guard item.name == "sslmode" else {
        throw CaseStoreError.invalidPostgresURL(
          "unknown parameter '\(item.name)'; only sslmode is understood")
      }
      guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
        throw CaseStoreError.invalidPostgresURL("sslmode must be disable, prefer or require")
      }
      tls = mode
    }
    self.user = user
    self.password = components.password
    self.host = host
    self.port = port
    self.database = path
    self.tls = tls
  }

  /// The URL with the password masked, for logs.
  var description: String {
    let secret = password == nil ? "" : ":***"
    return "postgres://\(user)\(secret)@\(host):\(port)/\(database)"
  }

  var configuration: PostgresClient.Configuration {
    let tls: PostgresClient.Configuration.TLS
    switch self.tls {
    case .disable: tls = .disable
    case .prefer: tls = .prefer(.makeClientConfiguration())
    case .require: tls = .require(.makeClientConfiguration())
    }
    var configuration = PostgresClient.Configuration(
      host: host, port: port, username: user, password: password, database: database, tls: tls)
    configuration.options.additionalStartupParameters = [("application_name", "troly-cases")]
    return configuration
  }
}
