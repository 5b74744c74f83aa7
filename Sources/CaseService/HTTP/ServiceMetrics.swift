import Foundation

/// The service's Prometheus metrics (text format 0.0.4): requests by route pattern, method and
/// status, a latency histogram by route pattern, and cases created. Labels come only from fixed
/// sets (route patterns, known methods, status codes), so a scan of odd paths cannot grow them.
public final class ServiceMetrics: @unchecked Sendable {
  /// Latency buckets in seconds.
  public static let buckets: [Double] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
  ]

  private struct RequestKey: Hashable {
    var route: String
    var method: String
    var status: Int
  }

  private struct Histogram {
    var counts = [Int](repeating: 0, count: ServiceMetrics.buckets.count)
    var sum = 0.0
    var total = 0
  }

  private let lock = NSLock()
  private var requests: [RequestKey: Int] = [:]
  private var latencies: [String: Histogram] = [:]
  private var casesCreated = 0

  public init() {}

  func record(route: String, method: String, status: Int, seconds: Double) {
    lock.withLock {
      requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
      var histogram = latencies[route] ?? Histogram()
      for (index, bound) in Self.buckets.enumerated() where seconds <= bound {
        histogram.counts[index] += 1
      }
      histogram.sum += seconds
      histogram.total += 1
      latencies[route] = histogram
    }
  }

  func caseCreated() {
    lock.withLock { casesCreated += 1 }
  }

  /// The exposition text; `storedCases` is the store's count when it answered.
  public func render(storedCases: Int?) -> String {
    let (requests, latencies, created) = lock.withLock {
      (self.requests, self.latencies, self.casesCreated)
    }
    var out = """
      # HELP troly_http_requests_total HTTP requests answered, by route pattern, method and status.
      # TYPE troly_http_requests_total counter

      """
    let keys = requests.keys.sorted {
      ($0.route, $0.method, $0.status) < ($1.route, $1.method, $1.status)
    }
    for key in keys {
      out +=
        "troly_http_requests_total{route=\"\(key.route)\",method=\"\(key.method)\","
        + "status=\"\(key.status)\"} \(requests[key] ?? 0)\n"
    }
    out += """
      # HELP troly_http_request_duration_seconds Time to answer a request, by route pattern.
      # TYPE troly_http_request_duration_seconds histogram

      """
    for route in latencies.keys.sorted() {
      guard let histogram = latencies[route] else { continue }
      for (index, bound) in Self.buckets.enumerated() {
        out +=
          "troly_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"\(bound)\"} "
          + "\(histogram.counts[index])\n"
      }
      out +=
        "troly_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"+Inf\"} "
        + "\(histogram.total)\n"
      out += "troly_http_request_duration_seconds_sum{route=\"\(route)\"} \(histogram.sum)\n"
      out += "troly_http_request_duration_seconds_count{route=\"\(route)\"} \(histogram.total)\n"
    }
    out += """
      # HELP troly_cases_created_total Cases created by this process (201 answers, not replays).
      # TYPE troly_cases_created_total counter
      troly_cases_created_total \(created)

      """
    if let storedCases {
      out += """
        # HELP troly_cases_stored Cases in the store.
        # TYPE troly_cases_stored gauge
        troly_cases_stored \(storedCases)

        """
    }
    return out
  }
}
