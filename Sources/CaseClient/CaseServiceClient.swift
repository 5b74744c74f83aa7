import AsyncHTTPClient
import CaseModel
import Foundation
import NIOCore
import NIOHTTP1

/// The case service's API v1 as the kiosk calls it, over AsyncHTTPClient.
public struct CaseServiceClient: Sendable {
  /// What one delivery attempt came to.
  public enum Delivery: Sendable, Equatable {
    /// 201 (or the replay of it).
    case created(CaseReceipt)
    /// A 4xx that retrying cannot change (an invalid case, a key reused with another body, a
    /// body too large): the problem's title.
    case refused(status: Int, title: String)
    /// Not answered, 5xx, 408, 409 (the first attempt still in flight), 429, or 401/403 (the
    /// kiosk's token or id is misconfigured): try again later.
    case retryLater(String)
  }

  public enum Lookup: Sendable, Equatable {
    case found(CaseStatusView)
    case notFound
    case unavailable(String)
  }

  public let endpoint: CaseServiceEndpoint
  let http: HTTPClient
  let timeout: TimeAmount

  /// Uses `http` (shared, so connections are pooled); `timeout` bounds each request.
  public init(
    endpoint: CaseServiceEndpoint, http: HTTPClient = .shared, timeout: TimeAmount = .seconds(5)
  ) {
    self.endpoint = endpoint
    self.http = http
    self.timeout = timeout
  }

  /// `POST /v1/cases` with the entry's idempotency key.
  public func deliver(_ submission: CaseSubmission, idempotencyKey: String) async -> Delivery {
    do {
      var request = HTTPClientRequest(url: endpoint.baseURL + "/v1/cases")
      request.method = .POST
      request.headers.add(name: "Authorization", value: "Bearer \(endpoint.token)")
      request.headers.add(name: "Idempotency-Key", value: idempotencyKey)
      request.headers.add(name: "Content-Type", value: "application/json")
      request.body = .bytes(ByteBuffer(bytes: try CaseJSON.encoder().encode(submission)))
      let response = try await http.execute(request, timeout: timeout)
      let body = try await response.body.collect(upTo: 1 << 20)
      let status = Int(response.status.code)
      switch status {
      case 200, 201:
        let receipt = try CaseJSON.decoder().decode(
          CaseReceipt.self, from: Data(body.readableBytesView))
        return .created(receipt)
      case 408, 409, 425, 429, 500...599:
        return .retryLater("HTTP \(status)")
      case 401, 403:
        // The kiosk's token or id is wrong: a configuration to fix, not a case to drop.
        return .retryLater("HTTP \(status): \(Self.title(body) ?? "not authorised")")
      default:
        return .refused(status: status, title: Self.title(body) ?? "HTTP \(status)")
      }
    } catch {
      return .retryLater(Self.describe(error))
    }
  }

  /// `GET /v1/cases/{dossier}?id_number=…`.
  public func status(of dossier: DossierNumber, idNumber: String) async -> Lookup {
    do {
      let query = idNumber.filter { $0.isASCII && $0.isNumber }
      var request = HTTPClientRequest(
        url: endpoint.baseURL + "/v1/cases/\(dossier.description)?id_number=\(query)")
      request.headers.add(name: "Authorization", value: "Bearer \(endpoint.token)")
      let response = try await http.execute(request, timeout: timeout)
      let body = try await response.body.collect(upTo: 1 << 20)
      switch response.status.code {
      case 200:
        return .found(
          try CaseJSON.decoder().decode(CaseStatusView.self, from: Data(body.readableBytesView)))
      case 404:
        return .notFound
      default:
        return .unavailable("HTTP \(response.status.code)")
      }
    } catch {
      return .unavailable(Self.describe(error))
    }
  }

  /// The `title` of a problem-details body.
  static func title(_ body: ByteBuffer) -> String? {
    struct Problem: Decodable { var title: String? }
    return (try? JSONDecoder().decode(Problem.self, from: Data(body.readableBytesView)))?.title
  }

  /// A short reason for the log and `troly outbox status`: never a body, never personal data.
  static func describe(_ error: any Error) -> String {
    String(String(describing: error).prefix(200))
  }
}
